package kiku.scoring;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.scoring.Criteria.json;
import static kiku.scoring.Criteria.number;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Criteria computed from the departments behind an issue or its annual hours (issue #4). */
@QuarkusTest
class DerivedCriterionApiTest {

    private long a;
    private long b;
    private long c;

    @BeforeEach
    void setUp() {
        Criteria.reset();
        a = Api.department("広報課");
        b = Api.department("市民課");
        c = Api.department("福祉課");
    }

    @Test
    void everyIssueGetsItsComputedValueAndTheValueRanks() {
        long hearing = hearing(b);
        long one = issue(Map.of("departmentIds", List.of(a)));
        long two = issue(Map.of("departmentIds", List.of(a), "hearingIds", List.of(hearing)));
        long three = issue(Map.of("departmentIds", List.of(a, b, c), "hearingIds", List.of(hearing)));
        long reach = derived("DEPARTMENTS", 1, 3, List.of(2, 3));

        assertEquals(Map.of(one, 1.0, two, 2.0, three, 3.0), Map.of(one, value(one, reach), two, value(two, reach),
                three, value(three, reach)), "1 department, 2 (own + the hearing's), 3 distinct");
        JsonPath backlog = backlog();
        assertEquals(100.0, number(Criteria.item(backlog, three), "total"), 1e-9);
        assertEquals(50.0, number(Criteria.item(backlog, two), "total"), 1e-9);
        assertEquals(0.0, number(Criteria.item(backlog, one), "total"), 1e-9);
        assertEquals(0, Criteria.item(backlog, three).get("raters"), "a computed value is nobody's score");
        as(VIEWER).get("/api/v1/issues/" + three + "/scores").then().statusCode(200).body("raters.size()", equalTo(0))
                .body("aggregate[0].criterionId", equalTo((int) reach)).body("aggregate[0].count", equalTo(1))
                .body("aggregate[0].min", equalTo(3)).body("aggregate[0].max", equalTo(3));
    }

    @Test
    void changingTheIssuesDepartmentsOrAHearingsDepartmentRecomputes() {
        long hearing = hearing(b);
        long issue = issue(Map.of("departmentIds", List.of(a)));
        long reach = derived("DEPARTMENTS", 1, 3, List.of(2, 3));
        assertEquals(1.0, value(issue, reach));

        updateIssue(issue, Map.of("departmentIds", List.of(a, c), "hearingIds", List.of(hearing)));
        assertEquals(3.0, value(issue, reach), "a, c and the hearing's b");
        assertEquals(100.0, number(Criteria.item(backlog(), issue), "total"), 1e-9, "the total follows");

        Map<String, Object> h = new HashMap<>(as(VIEWER).get("/api/v1/hearings/" + hearing).jsonPath().getMap(""));
        h.put("departmentId", c);
        as(OFFICER).body(h).put("/api/v1/hearings/" + hearing).then().statusCode(200);
        assertEquals(2.0, value(issue, reach), "the hearing now comes from c, which the issue already has");
        assertEquals(50.0, number(Criteria.item(backlog(), issue), "total"), 1e-9);

        long other = issue(Map.of("departmentIds", List.of(b)));
        as(OFFICER).body(Map.of("sourceIssueId", other)).post("/api/v1/issues/" + issue + "/merge").then()
                .statusCode(200);
        assertEquals(3.0, value(issue, reach), "merging brings the source's department b");
    }

    @Test
    void changingTheRuleRecomputesAndScoredAgainRemovesTheValues() {
        long issue = issue(Map.of("departmentIds", List.of(a, b)));
        long reach = derived("DEPARTMENTS", 1, 3, List.of(2, 3));
        assertEquals(2.0, value(issue, reach));
        Criteria.update(reach, Map.of("thresholds", List.of(1, 2)));
        assertEquals(3.0, value(issue, reach));
        Criteria.update(reach, Map.of("minScore", 0, "maxScore", 1, "thresholds", List.of(5)));
        assertEquals(0.0, value(issue, reach), "a new scale maps again");

        Criteria.update(reach, Map.of("source", "SCORED", "thresholds", List.of()));
        assertNull(aggregate(issue, reach), "a scored criterion has only people's scores");
        as(VIEWER).get("/api/v1/criteria/" + reach).then().body("source", equalTo("SCORED"))
                .body("thresholds.size()", equalTo(0));
        Criteria.score(RATER, issue, Map.of(reach, 1));
    }

    @Test
    void annualHoursMapOnlyWhereAnIssueHasHours() {
        long hours = issue(Map.of("departmentIds", List.of(a), "annualHours", 120.5));
        long estimated = issue(Map.of("departmentIds", List.of(a), "casesPerYear", 1200, "minutesPerCase", 30));
        long none = issue(Map.of("departmentIds", List.of(a)));
        long criterion = derived("ANNUAL_HOURS", 1, 5, List.of(10, 100, 500, 1000));

        assertEquals(3.0, value(hours, criterion));
        assertEquals(4.0, value(estimated, criterion), "1,200 cases x 30 minutes = 600 hours");
        assertNull(aggregate(none, criterion));
        List<Map<String, Object>> unscored = backlog().getList("unscored");
        Map<String, Object> missing = unscored.stream()
                .filter(u -> ((Number) u.get("issueId")).longValue() == none).findFirst().orElseThrow();
        assertEquals(List.of((int) criterion), missing.get("missingCriterionIds"));

        updateIssue(none, Map.of("annualHours", 1000));
        assertEquals(5.0, value(none, criterion), "exactly at the last cut");
        updateIssue(hours, Map.of("annualHours", 9.99));
        assertEquals(1.0, value(hours, criterion));
    }

    @Test
    void peopleCannotScoreAComputedCriterion() {
        long issue = issue(Map.of("departmentIds", List.of(a)));
        long reach = derived("DEPARTMENTS", 1, 3, List.of(2, 3));
        as(RATER).body(Criteria.sheet(Map.of(reach, 2))).put("/api/v1/issues/" + issue + "/scores").then()
                .statusCode(400).contentType(containsString("problem+json"))
                .body("violations.field", hasItem("scores[0].criterionId")).body("detail", containsString("算出"));
        as(RATER).header("Accept-Language", "en").body(Criteria.sheet(Map.of(reach, 2)))
                .put("/api/v1/issues/" + issue + "/scores").then().statusCode(400)
                .body("detail", containsString("computed"));
        as(RATER).delete("/api/v1/issues/" + issue + "/scores/" + reach).then().statusCode(400);
        assertEquals(1.0, value(issue, reach), "the computed value stays");
    }

    @Test
    void aCriterionPeopleScoredCannotBecomeComputed() {
        long issue = issue(Map.of("departmentIds", List.of(a)));
        long scored = Criteria.benefit("効果", 1);
        Criteria.score(RATER, issue, Map.of(scored, 4));
        Map<String, Object> body = Criteria.read(scored);
        body.putAll(Map.of("source", "DEPARTMENTS", "thresholds", List.of(2, 3, 4, 5)));
        as(MANAGER).body(body).put("/api/v1/criteria/" + scored).then().statusCode(409)
                .contentType(containsString("problem+json")).body("detail", containsString("採点"));
        as(VIEWER).get("/api/v1/criteria/" + scored).then().body("source", equalTo("SCORED"));
        assertEquals(4.0, value(issue, scored));
    }

    @Test
    void badThresholdsAreRefusedWithTheirReason() {
        Map<List<?>, String> bad = new HashMap<>();
        bad.put(List.of(2, 4, 7), "4");
        bad.put(List.of(2, 4, 4, 10), "小さい順");
        bad.put(List.of(-1, 4, 7, 10), "0 以上");
        bad.put(List.of(), "4");
        bad.forEach((cuts, reason) -> as(MANAGER).body(Map.of("name", unique("部署数"), "weight", 1,
                "source", "DEPARTMENTS", "thresholds", cuts)).post("/api/v1/criteria").then().statusCode(400)
                .body("violations.field", hasItem("thresholds")).body("detail", containsString(reason)));
        as(MANAGER).body(Map.of("name", unique("部署数"), "weight", 1, "source", "DEPARTMENTS"))
                .post("/api/v1/criteria").then().statusCode(400).body("violations.field", hasItem("thresholds"));
        as(MANAGER).header("Accept-Language", "en").body(Map.of("name", unique("効果"), "weight", 1,
                "thresholds", List.of(1, 2, 3, 4))).post("/api/v1/criteria").then().statusCode(400)
                .body("detail", containsString("scored criterion"));
        as(MANAGER).body("{\"name\":\"x\",\"weight\":1,\"source\":\"DEPARTMENTS\",\"thresholds\":[1,2,3,NaN]}")
                .post("/api/v1/criteria").then().statusCode(400);
        assertEquals(0, as(VIEWER).get("/api/v1/criteria").jsonPath().getInt("totalItems"), "nothing was created");
    }

    @Test
    void ordinaryCriteriaShowTheirSourceAndRatersCountOnlyPeople() {
        long issue = issue(Map.of("departmentIds", List.of(a, b)));
        long scored = Criteria.benefit("効果", 1);
        as(VIEWER).get("/api/v1/criteria/" + scored).then().body("source", equalTo("SCORED"))
                .body("thresholds.size()", equalTo(0));
        long reach = derived("DEPARTMENTS", 1, 3, List.of(2, 3));
        Criteria.score(RATER, issue, Map.of(scored, 5));
        Map<String, Object> item = Criteria.item(backlog(), issue);
        assertEquals(1, item.get("raters"));
        assertEquals(75.0, number(item, "total"), 1e-9, "(1 x 1 + 1 x 0.5) / 2");
        JsonPath scores = json(as(VIEWER).get("/api/v1/issues/" + issue + "/scores").then().statusCode(200));
        assertEquals(List.of(RATER), scores.getList("raters.username"));
        assertTrue(scores.getList("aggregate.criterionId", Long.class).contains(reach));
    }

    /** The backlog of this test's issues: each has department a, unique to the test. */
    private JsonPath backlog() {
        return Criteria.backlog("?department=" + a);
    }

    static long derived(String source, int min, int max, List<Integer> cuts) {
        return as(MANAGER).body(Map.of("name", unique("算出"), "weight", 1, "minScore", min, "maxScore", max,
                "source", source, "thresholds", cuts)).post("/api/v1/criteria").then().statusCode(201)
                .body("source", equalTo(source)).extract().jsonPath().getLong("id");
    }

    private static long hearing(long department) {
        return as(OFFICER).body(Map.of("departmentId", department, "heldOn", "2024-04-01", "status", "DONE"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long issue(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("title", unique("課題"));
        return as(OFFICER).body(body).post("/api/v1/issues").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static void updateIssue(long id, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(as(VIEWER).get("/api/v1/issues/" + id).jsonPath().getMap(""));
        body.putAll(changes);
        as(OFFICER).body(body).put("/api/v1/issues/" + id).then().statusCode(200);
    }

    /** The issue's aggregate on a criterion, null when it has no value there. */
    static Map<String, Object> aggregate(long issue, long criterion) {
        List<Map<String, Object>> all = json(as(VIEWER).get("/api/v1/issues/" + issue + "/scores").then()
                .statusCode(200)).getList("aggregate");
        return all.stream().filter(x -> ((Number) x.get("criterionId")).longValue() == criterion).findFirst()
                .orElse(null);
    }

    static double value(long issue, long criterion) {
        Map<String, Object> cell = aggregate(issue, criterion);
        assertTrue(cell != null, "no value for criterion " + criterion + " on issue " + issue);
        return number(cell, "mean");
    }
}
