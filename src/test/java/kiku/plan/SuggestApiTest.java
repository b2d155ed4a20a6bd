package kiku.plan;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kiku.Api;
import kiku.scoring.Criteria;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The suggestion on a constructed case where rank order wastes the budget: A (total 100, 60 yen) is first, but once
 * it is in, neither B nor C (75 each, 50 yen) fits a budget of 100 yen; B + C score 150.
 */
@QuarkusTest
class SuggestApiTest {

    /** A year per test: capacities stay in the shared database. */
    private static final AtomicInteger YEARS = new AtomicInteger(2950);

    private int year;

    private long a;
    private long b;
    private long c;
    private long noEstimate;
    private long elsewhere;

    @BeforeEach
    void rankedIssuesWithEstimates() {
        year = YEARS.incrementAndGet();
        Criteria.reset();
        long effect = Criteria.benefit("効果", 1);
        long dept = Api.department("提案課");
        a = scored("A 最上位だが高い", dept, effect, 5, 60L, 10.0, null);
        b = scored("B 二番手", dept, effect, 4, 50L, 10.0, null);
        c = scored("C 二番手", dept, effect, 4, 50L, 10.0, year);
        noEstimate = scored("見積もりなし", dept, effect, 3, null, 10.0, null);
        elsewhere = scored("他の年度", dept, effect, 3, 1L, 1.0, year + 1);
    }

    @Test
    void knapsackBeatsRankOrderAndTheCutLineIsExplained() {
        capacity(100, 1000);
        JsonPath s = suggest(VIEWER, "ja");
        assertEquals(List.of(a), s.getList("rankOrder.issueIds", Long.class));
        assertEquals(100.0, s.getDouble("rankOrder.totalScore"), 1e-9);
        assertEquals(60, s.getLong("rankOrder.costYen"));
        assertEquals(List.of(b, c), s.getList("knapsack.issueIds", Long.class));
        assertEquals(150.0, s.getDouble("knapsack.totalScore"), 1e-9);
        assertEquals(100, s.getLong("knapsack.costYen"));
        assertEquals(20.0, s.getDouble("knapsack.effortHours"), 1e-9);
        assertTrue(s.getBoolean("exact"));
        assertEquals(b, s.getLong("cutLine.issueId"));
        assertEquals(2, s.getInt("cutLine.rank"));
        assertEquals(List.of("BUDGET"), s.getList("cutLine.exceeded"));
        assertEquals(40, s.getLong("cutLine.budgetLeftYen"));
        assertEquals(List.of(b, c), s.getList("takenInstead", Long.class));
        assertEquals(List.of(a), s.getList("leftOut", Long.class));
        assertEquals(List.of(a, b, c), s.getList("candidates.issueId", Long.class));
        assertEquals(Map.of(noEstimate, "MISSING_ESTIMATE", elsewhere, "PLANNED_OTHER_YEAR"), excluded(s));
        String words = s.getString("explanation");
        assertTrue(words.contains("2 位「B 二番手") && words.contains("予算: 50 円が必要ですが残りは 40 円")
                && words.contains("代わりに順位が下の 2 位「B 二番手") && words.contains("1 位「A 最上位だが高い")
                && words.contains("見積もりがない 1 件") && words.contains("他の年度に計画済みの 1 件"), words);
        assertEquals(s.getMap(""), suggest(RATER, "ja").getMap(""), "deterministic, and a read for anyone");
    }

    @Test
    void staffHoursCanDrawTheCutLineToo() {
        capacity(1_000_000, 25);
        JsonPath s = suggest(VIEWER, "en");
        assertEquals(List.of(a, b), s.getList("rankOrder.issueIds", Long.class));
        assertEquals(List.of("STAFF_HOURS"), s.getList("cutLine.exceeded"));
        assertEquals(c, s.getLong("cutLine.issueId"));
        assertEquals(5.0, s.getDouble("cutLine.staffHoursLeft"), 1e-9);
        assertEquals(List.of(), s.getList("takenInstead"));
        String words = s.getString("explanation");
        assertTrue(words.contains("Rank order stops at #2 “C 二番手")
                && words.contains("staff hours: it needs 10.0 hours, 5.0 hours are left")
                && words.contains("The suggestion takes the same issues as rank order."), words);
    }

    @Test
    void everythingFitsWithoutACutAndNoCapacityIsRefused() {
        as(VIEWER).post("/api/v1/plan/" + year + "/suggest").then().statusCode(422);
        capacity(1_000_000, 1_000);
        JsonPath s = suggest(VIEWER, "ja");
        assertEquals(null, s.getMap("cutLine"));
        assertEquals(s.getList("rankOrder.issueIds"), s.getList("knapsack.issueIds"));
        assertTrue(s.getString("explanation").startsWith("候補の 3 件はすべて"), s.getString("explanation"));
        Api.anonymous().post("/api/v1/plan/" + year + "/suggest").then().statusCode(401);
        as(VIEWER).post("/api/v1/plan/abc/suggest").then().statusCode(400);
    }

    private void capacity(long yen, double hours) {
        String path = "/api/v1/plan/capacities/" + year;
        Object version = as(VIEWER).get("/api/v1/plan/" + year).jsonPath().get("capacity.version");
        Map<String, Object> body = new HashMap<>(Map.of("budgetYen", yen, "staffHours", hours));
        body.put("version", version);
        as(MANAGER).body(body).put(path).then().statusCode(version == null ? 201 : 200);
    }

    private JsonPath suggest(String user, String lang) {
        return Criteria.json(as(user).header("Accept-Language", lang).post("/api/v1/plan/" + year + "/suggest")
                .then().statusCode(200));
    }

    private static Map<Long, String> excluded(JsonPath s) {
        Map<Long, String> reasons = new HashMap<>();
        List<Map<String, Object>> rows = s.getList("excluded");
        rows.forEach(r -> reasons.put(((Number) r.get("issueId")).longValue(), (String) r.get("reason")));
        return reasons;
    }

    private static long scored(String title, long dept, long criterion, int value, Long cost, Double hours,
                               Integer year) {
        Map<String, Object> body = new HashMap<>(Map.of("title", unique(title), "departmentIds", List.of(dept)));
        body.put("estimatedCostYen", cost);
        body.put("effortHours", hours);
        body.put("fiscalYear", year);
        long id = as(OFFICER).body(body).post("/api/v1/issues").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Criteria.score(RATER, id, Map.of(criterion, value));
        return id;
    }
}
