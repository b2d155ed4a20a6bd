package kiku.backlog;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.scoring.Criteria.ids;
import static kiku.scoring.Criteria.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.scoring.Criteria;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rank overrides through the API: who may set them, what is refused, and where they show. */
@QuarkusTest
class OverrideApiTest {

    private final List<Long> issues = new ArrayList<>();
    private long department;

    /** Five issues scored 5, 4, 3, 2, 1 on one criterion: computed ranks 1..5 in list order. */
    @BeforeEach
    void fiveIssues() {
        Criteria.reset();
        long effect = Criteria.benefit("効果", 1);
        department = Api.department("調整課");
        issues.clear();
        for (int i = 0; i < 5; i++) {
            long id = Api.issue(unique(i % 2 == 0 ? "対象の課題" : "課題"), department);
            Criteria.score(RATER, id, Map.of(effect, 5 - i));
            issues.add(id);
        }
    }

    /** Other tests page the backlog without overrides, so none is left behind. */
    @AfterEach
    void clearOverrides() {
        for (long id : issues) {
            as(MANAGER).delete("/api/v1/issues/" + id + "/override");
        }
    }

    private long issue(int computedRank) {
        return issues.get(computedRank - 1);
    }

    private static Map<String, Object> placement(String side, Object anchor, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put(side, anchor);
        body.put("reason", reason);
        return body;
    }

    private JsonPath backlog(String query) {
        return Criteria.backlog("?department=" + department + query);
    }

    @Test
    void onlyManagersPlaceIssues() {
        String path = "/api/v1/issues/" + issue(5) + "/override";
        for (String who : List.of(VIEWER, OFFICER, RATER)) {
            as(who).body(placement("above", issue(2), "理由")).put(path).then().statusCode(403);
            as(who).delete(path).then().statusCode(403);
        }
        Api.anonymous().body(placement("above", issue(2), "理由")).put(path).then().statusCode(401);
        as("admin").body(placement("above", issue(2), "理由")).put(path).then().statusCode(200);
        as(VIEWER).get(path).then().statusCode(200).body("reason", equalTo("理由"));
    }

    @Test
    void refusalsSayWhatIsWrong() {
        String path = "/api/v1/issues/" + issue(5) + "/override";
        as(MANAGER).body(placement("above", issue(2), null)).put(path).then().statusCode(400)
                .body(containsString("reason"));
        as(MANAGER).body(placement("above", issue(2), "   ")).put(path).then().statusCode(400);
        as(MANAGER).body(placement("above", issue(2), "x".repeat(1001))).put(path).then().statusCode(400)
                .body(containsString("1000"));
        as(MANAGER).body(Map.of("reason", "理由")).put(path).then().statusCode(400);
        as(MANAGER).body(Map.of("above", issue(1), "below", issue(2), "reason", "理由")).put(path).then()
                .statusCode(400);
        as(MANAGER).body(placement("above", issue(5), "理由")).put(path).then().statusCode(400);
        as(MANAGER).body(placement("above", 99_999_999, "理由")).put(path).then().statusCode(400);
        as(MANAGER).body(placement("above", "abc", "理由")).put(path).then().statusCode(400);
        as(MANAGER).body(placement("above", issue(1), "理由")).put("/api/v1/issues/99999999/override").then()
                .statusCode(404);
        as(MANAGER).delete(path).then().statusCode(404);
        as(VIEWER).get(path).then().statusCode(404);
        long unscored = Api.issue(unique("未採点"), department);
        as(MANAGER).body(placement("above", issue(1), "理由")).put("/api/v1/issues/" + unscored + "/override")
                .then().statusCode(409);
        as(MANAGER).body(placement("above", unscored, "理由")).put(path).then().statusCode(409);
        // a loop: 5 above 2, then 2 above 5
        as(MANAGER).body(placement("above", issue(2), "理由")).put(path).then().statusCode(200);
        as(MANAGER).body(placement("above", issue(5), "理由")).put("/api/v1/issues/" + issue(2) + "/override")
                .then().statusCode(409).body(containsString("循環"));
        as(MANAGER).header("Accept-Language", "en").body(Map.of("reason", "x")).put(path).then().statusCode(400)
                .body(containsString("exactly one"));
    }

    @Test
    void theBacklogFollowsTheOverrideAndKeepsTheComputedRank() {
        long moved = issue(5);
        as(MANAGER).body(placement("above", issue(2), "市長の公約 <script>")).put("/api/v1/issues/" + moved + "/override")
                .then().statusCode(200).body("above", equalTo((int) issue(2))).body("version", equalTo(0))
                .body("createdBy", equalTo(MANAGER));
        JsonPath view = backlog("");
        assertEquals(List.of(issue(1), moved, issue(2), issue(3), issue(4)), ids(view));
        assertEquals(List.of(1, 2, 3, 4, 5), view.getList("items.rank", Integer.class));
        assertEquals(List.of(1, 5, 2, 3, 4), view.getList("items.computedRank", Integer.class));
        assertEquals("市長の公約 <script>", view.getString("items[1].override.reason"));
        assertNull(view.get("items[0].override"));

        // page boundaries: the second page of two starts after the moved issue
        JsonPath second = backlog("&page=1&size=2");
        assertEquals(List.of(issue(2), issue(3)), ids(second));
        assertEquals(List.of(3, 4), second.getList("items.rank", Integer.class));
        assertEquals(5, second.getInt("totalItems"));
        // a filter keeps the city-wide overridden ranks
        JsonPath filtered = Criteria.backlog(Map.of("department", department, "q", "対象"));
        assertEquals(List.of(issue(1), moved, issue(3)), ids(filtered));
        assertEquals(List.of(1, 2, 4), filtered.getList("items.rank", Integer.class));

        // below instead, with the version read
        String path = "/api/v1/issues/" + moved + "/override";
        as(MANAGER).body(placement("below", issue(1), "順番待ち")).put(path).then().statusCode(400); // no version
        Map<String, Object> stale = placement("below", issue(1), "順番待ち");
        stale.put("version", 7);
        as(MANAGER).body(stale).put(path).then().statusCode(409);
        Map<String, Object> fresh = placement("below", issue(4), "順番待ち");
        fresh.put("version", 0);
        as(MANAGER).body(fresh).put(path).then().statusCode(200).body("version", equalTo(1));
        assertEquals(List.of(issue(1), issue(2), issue(3), issue(4), moved), ids(backlog("")));

        // the audit trail has both changes, and the delete
        as(MANAGER).delete(path).then().statusCode(204);
        JsonPath audit = json(as(MANAGER).get("/api/v1/audit?entity=rank_override&id=" + moved).then().statusCode(200));
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), audit.getList("items.action"));
        assertEquals("順番待ち", audit.getString("items[0].before.reason"));
        assertEquals("市長の公約 <script>", audit.getString("items[1].before.reason"));

        JsonPath restored = backlog("");
        assertEquals(issues, ids(restored));
        assertEquals(restored.getList("items.rank"), restored.getList("items.computedRank"));
    }

    @Test
    void aSnapshotKeepsTheOverrideAndTheComputedRank() {
        long moved = issue(4);
        as(MANAGER).body(placement("above", issue(1), "防災上の緊急案件")).put("/api/v1/issues/" + moved + "/override")
                .then().statusCode(200);
        long snapshot = as(MANAGER).body(Map.of("name", unique("会議"))).post("/api/v1/snapshots").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(MANAGER).delete("/api/v1/issues/" + moved + "/override").then().statusCode(204);

        JsonPath frozen = json(as(VIEWER).get("/api/v1/snapshots/" + snapshot).then().statusCode(200));
        List<Map<String, Object>> items = frozen.getList("items");
        Map<String, Object> first = items.get(0);
        assertEquals(moved, ((Number) first.get("issueId")).longValue());
        assertEquals(1, ((Number) first.get("rank")).intValue());
        assertEquals(4, ((Number) first.get("computedRank")).intValue());
        assertEquals("防災上の緊急案件", first.get("overrideReason"));
        assertNull(items.get(1).get("overrideReason"));
        // against today's ranking, the issue fell back to its computed place
        JsonPath diff = json(as(VIEWER).get("/api/v1/snapshots/" + snapshot + "/diff").then().statusCode(200));
        Map<String, Object> change = diff.<Map<String, Object>>getList("items").stream()
                .filter(m -> ((Number) m.get("issueId")).longValue() == moved).findFirst().orElseThrow();
        assertEquals(-3, ((Number) change.get("change")).intValue());
    }

    @Test
    void anOverrideWaitsWhileItsAnchorIsClosed() {
        long moved = issue(5);
        as(MANAGER).body(placement("above", issue(2), "窓口の混雑")).put("/api/v1/issues/" + moved + "/override")
                .then().statusCode(200);
        Criteria.status(issue(2), "DONE");
        JsonPath view = backlog("");
        assertEquals(List.of(issue(1), issue(3), issue(4), moved), ids(view), "in its computed place");
        assertNull(view.get("items[3].override"));
        assertEquals(List.of(1, 2, 3, 4), view.getList("items.rank", Integer.class));
        as(VIEWER).get("/api/v1/issues/" + moved + "/override").then().statusCode(200); // kept, not lost

        Criteria.status(issue(2), "ANALYZING");
        assertEquals(List.of(issue(1), moved, issue(2), issue(3), issue(4)), ids(backlog("")), "in force again");
    }
}
