package kiku.backlog;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.scoring.Criteria.ids;
import static kiku.scoring.Criteria.json;
import static kiku.scoring.Criteria.score;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.scoring.Criteria;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SnapshotApiTest {

    private long effect;
    private long urgency;
    private long department;

    @BeforeEach
    void setUp() {
        Criteria.reset();
        department = Api.department("企画課");
    }

    /** Two BENEFIT criteria on 1..5 with weight 1: the total is 100 * (u1 + u2) / 2. */
    private void twoCriteria() {
        effect = Criteria.benefit("効果", 1);
        urgency = Criteria.benefit("緊急性", 1);
    }

    @Test
    void aManagerTakesASnapshotOfTheRanking() {
        twoCriteria();
        long low = issue("下位");
        long tieA = issue("同点A");
        long tieB = issue("同点B");
        long top = issue("首位");
        score(RATER, top, Map.of(effect, 5, urgency, 5)); // 100
        score(RATER, tieB, Map.of(effect, 1, urgency, 5)); // 50
        score(RATER, tieA, Map.of(effect, 5, urgency, 1)); // 50
        score(RATER, low, Map.of(effect, 2, urgency, 1)); // 12.5
        long unscored = issue("未採点");

        String name = unique("2024年度 第1回 優先度決定会議");
        var response = as(MANAGER).body(Map.of("name", name)).post("/api/v1/snapshots").then().statusCode(201);
        JsonPath taken = json(response);
        long id = taken.getLong("id");
        response.header("Location", endsWith("/api/v1/snapshots/" + id));
        assertEquals(name, taken.getString("name"));
        assertNotNull(taken.getString("takenAt"));
        assertEquals(List.of(effect, urgency), taken.getList("criteria.id", Long.class));
        assertEquals(List.of(top, tieA, tieB, low), ids(taken));
        assertEquals(List.of(1, 2, 2, 4), taken.getList("items.rank", Integer.class));
        assertEquals(List.of(100.0, 50.0, 50.0, 12.5), taken.getList("items.total", Double.class));
        assertEquals(List.of(), taken.getList("items.findAll { it.issueId == " + unscored + " }"));
        assertEquals(Criteria.backlog("").getList("items.issueId", Long.class), ids(taken));

        as(VIEWER).body(Map.of("name", unique("x"))).post("/api/v1/snapshots").then().statusCode(403)
                .contentType("application/problem+json");
        as(OFFICER).body(Map.of("name", unique("x"))).post("/api/v1/snapshots").then().statusCode(403);
        as(RATER).body(Map.of("name", unique("x"))).post("/api/v1/snapshots").then().statusCode(403);
        as(MANAGER).body(Map.of("name", " ")).post("/api/v1/snapshots").then().statusCode(400)
                .body("violations.field", hasItem("name"));
        as(MANAGER).body(Map.of()).post("/api/v1/snapshots").then().statusCode(400);

        as(VIEWER).get("/api/v1/snapshots?size=500").then().statusCode(200).body("items.id", hasItem((int) id))
                .body("items.find { it.id == " + id + " }.name", equalTo(name));
        JsonPath read = json(as(VIEWER).get("/api/v1/snapshots/" + id).then().statusCode(200));
        // the list counts a snapshot's items under a name of its own: `items` is the array of the snapshot's body
        as(VIEWER).get("/api/v1/snapshots?size=500").then().body("items.find { it.id == " + id + " }.itemCount",
                equalTo(read.getList("items").size())).body("items.find { it.id == " + id + " }.items", nullValue());
        assertEquals(name, read.getString("name"));
        assertEquals(taken.getList("items"), read.getList("items"));
        assertEquals(taken.getList("criteria"), read.getList("criteria"));
    }

    @Test
    void aSnapshotNeverChanges() {
        twoCriteria();
        long first = issue("一位");
        long second = issue("二位");
        score(RATER, first, Map.of(effect, 5, urgency, 4));
        score(RATER, second, Map.of(effect, 3, urgency, 3));
        long id = take();
        JsonPath before = json(as(VIEWER).get("/api/v1/snapshots/" + id).then().statusCode(200));

        score(RATER, second, Map.of(effect, 5, urgency, 5));
        Criteria.weights(Map.of(effect, 3));
        Criteria.status(first, "DONE");
        Criteria.update(urgency, Map.of("name", unique("改名")));
        long extra = issue("追加");
        score(RATER, extra, Map.of(effect, 4, urgency, 4));

        JsonPath after = json(as(VIEWER).get("/api/v1/snapshots/" + id).then().statusCode(200));
        assertEquals(List.of(first, second), ids(after));
        assertEquals(List.of(87.5, 50.0), after.getList("items.total", Double.class));
        assertEquals(before.getList("items"), after.getList("items"));
        assertEquals(before.getList("criteria"), after.getList("criteria"));
        assertEquals(List.of(1.0, 1.0), after.getList("criteria.weight", Double.class));
    }

    @Test
    void diffsASnapshotAgainstTheCurrentRanking() {
        twoCriteria();
        long x = issue("X");
        long y = issue("Y");
        long z = issue("Z");
        long w = issue("W");
        score(RATER, x, Map.of(effect, 5, urgency, 5)); // 100, rank 1
        score(RATER, y, Map.of(effect, 3, urgency, 3)); // 50, rank 2
        score(RATER, z, Map.of(effect, 1, urgency, 1)); // 0, rank 3
        long id = take();

        score(RATER, z, Map.of(effect, 5, urgency, 4)); // 87.5, now rank 2
        score(RATER, w, Map.of(effect, 4, urgency, 4)); // 75, new at rank 3
        Criteria.status(y, "DONE"); // gone

        for (String query : List.of("", "?against=current")) {
            JsonPath diff = json(as(VIEWER).get("/api/v1/snapshots/" + id + "/diff" + query).then().statusCode(200));
            assertEquals(List.of(x, z), diff.getList("items.issueId", Long.class));
            assertEquals(List.of(1, 3), diff.getList("items.rankBefore", Integer.class));
            assertEquals(List.of(1, 2), diff.getList("items.rankAfter", Integer.class));
            assertEquals(List.of(0, 1), diff.getList("items.change", Integer.class));
            assertEquals(List.of(w), diff.getList("added.issueId", Long.class));
            assertEquals(List.of(3), diff.getList("added.rankAfter", Integer.class));
            assertEquals(List.of(y), diff.getList("removed.issueId", Long.class));
            assertEquals(List.of(2), diff.getList("removed.rankBefore", Integer.class));
            assertNotNull(diff.getString("items[0].title"));
            assertNotNull(diff.getString("added[0].title"));
            assertNotNull(diff.getString("removed[0].title"));
        }
    }

    @Test
    void diffsTwoSnapshots() {
        twoCriteria();
        long x = issue("X");
        long y = issue("Y");
        long z = issue("Z");
        score(RATER, x, Map.of(effect, 5, urgency, 5)); // 100
        score(RATER, y, Map.of(effect, 3, urgency, 3)); // 50
        long before = take();

        score(RATER, y, Map.of(effect, 5, urgency, 5)); // 100: ties with x
        score(RATER, z, Map.of(effect, 4, urgency, 4)); // 75
        long after = take();
        // later changes concern neither snapshot
        Criteria.status(x, "REJECTED");

        JsonPath diff = json(as(VIEWER).get("/api/v1/snapshots/" + before + "/diff?against=" + after).then()
                .statusCode(200));
        assertEquals(List.of(x, y), diff.getList("items.issueId", Long.class));
        assertEquals(List.of(1, 2), diff.getList("items.rankBefore", Integer.class));
        assertEquals(List.of(1, 1), diff.getList("items.rankAfter", Integer.class));
        assertEquals(List.of(0, 1), diff.getList("items.change", Integer.class));
        assertEquals(List.of(z), diff.getList("added.issueId", Long.class));
        assertEquals(List.of(3), diff.getList("added.rankAfter", Integer.class));
        assertEquals(List.of(), diff.getList("removed"));

        JsonPath back = json(as(VIEWER).get("/api/v1/snapshots/" + after + "/diff?against=" + before).then()
                .statusCode(200));
        assertEquals(List.of(x, y), back.getList("items.issueId", Long.class));
        assertEquals(List.of(0, -1), back.getList("items.change", Integer.class));
        assertEquals(List.of(), back.getList("added"));
        assertEquals(List.of(z), back.getList("removed.issueId", Long.class));
        assertEquals(List.of(3), back.getList("removed.rankBefore", Integer.class));

        JsonPath self = json(as(VIEWER).get("/api/v1/snapshots/" + after + "/diff?against=" + after).then()
                .statusCode(200));
        assertEquals(List.of(0, 0, 0), self.getList("items.change", Integer.class));
    }

    @Test
    void unknownSnapshotsAndBadAgainstAreRefused() {
        twoCriteria();
        long id = take();
        as(VIEWER).get("/api/v1/snapshots/999999").then().statusCode(404).contentType("application/problem+json");
        as(VIEWER).get("/api/v1/snapshots/999999/diff").then().statusCode(404);
        as(VIEWER).get("/api/v1/snapshots/" + id + "/diff?against=999999").then().statusCode(404)
                .contentType("application/problem+json");
        as(VIEWER).get("/api/v1/snapshots/" + id + "/diff?against=abc").then().statusCode(400)
                .contentType("application/problem+json");
        as(VIEWER).get("/api/v1/snapshots/" + id + "/diff?against=1.5").then().statusCode(400);
        as(VIEWER).get("/api/v1/snapshots?size=0").then().statusCode(400);
        Api.anonymous().get("/api/v1/snapshots").then().statusCode(401);
    }

    @Test
    void aSnapshotIsTakenEvenWhenNothingIsRankable() {
        long issue = issue("未採点");
        JsonPath none = json(as(MANAGER).body(Map.of("name", unique("基準なし"))).post("/api/v1/snapshots").then()
                .statusCode(201));
        assertEquals(List.of(), none.getList("items"));
        assertEquals(List.of(), none.getList("criteria"));

        twoCriteria();
        score(RATER, issue, Map.of(effect, 3, urgency, 3));
        Criteria.weights(Map.of(effect, 0, urgency, 0));
        JsonPath zero = json(as(MANAGER).body(Map.of("name", unique("重みゼロ"))).post("/api/v1/snapshots").then()
                .statusCode(201));
        assertEquals(List.of(), zero.getList("items"));
        as(VIEWER).get("/api/v1/snapshots/" + zero.getLong("id")).then().statusCode(200);

        Criteria.weights(Map.of(effect, 1));
        JsonPath diff = json(as(VIEWER).get("/api/v1/snapshots/" + zero.getLong("id") + "/diff").then()
                .statusCode(200));
        assertEquals(List.of(), diff.getList("items"));
        assertEquals(List.of(issue), diff.getList("added.issueId", Long.class));
        assertEquals(List.of(1), diff.getList("added.rankAfter", Integer.class));
    }

    private long issue(String title) {
        return Api.issue(unique(title), department);
    }

    private static long take() {
        return as(MANAGER).body(Map.of("name", unique("会議"))).post("/api/v1/snapshots").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
