package kiku.issue;

import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IssueMergeTest {

    private static long issue(String title, List<Long> departments) {
        return as(OFFICER).body(Map.of("title", title, "departmentIds", departments)).post("/api/v1/issues")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void similarListsTheSameProblemInOtherWordsFirst() {
        long d = Api.department("総務課");
        long target = issue("紙の決裁で押印待ちが発生している" + Api.unique(""), List.of(d));
        long same = issue("決裁文書の押印待ちで処理が止まる", List.of(d));
        long unrelated = issue("古いパソコンの起動が遅い", List.of(d));
        List<Map<String, Object>> found = as(VIEWER).get("/api/v1/issues/" + target + "/similar?limit=50")
                .then().statusCode(200).body("issueId", not(hasItem((int) target))).extract().jsonPath().getList("");
        List<Number> ids = found.stream().map(m -> (Number) m.get("issueId")).toList();
        assertTrue(ids.contains((int) same), ids.toString());
        int sameAt = ids.indexOf((int) same);
        int unrelatedAt = ids.indexOf((int) unrelated);
        assertTrue(unrelatedAt < 0 || sameAt < unrelatedAt, "same problem first: " + found);
        double first = ((Number) found.get(0).get("similarity")).doubleValue();
        assertTrue(first > 0 && first <= 1);
        as(VIEWER).get("/api/v1/issues/" + target + "/similar?limit=0").then().statusCode(400);
        as(VIEWER).get("/api/v1/issues/999999/similar").then().statusCode(404);
        as(VIEWER).get("/api/v1/issues/similar?title=押印待ちの決裁").then().statusCode(200)
                .body("issueId", hasItem((int) same));
    }

    @Test
    void mergeMovesDepartmentsAndHearingsAndClosesTheSource() {
        long d1 = Api.department("税務課");
        long d2 = Api.department("市民課");
        long hearing = as(OFFICER).body(Map.of("departmentId", d2, "heldOn", "2024-04-01", "status", "DONE"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        long target = issue("押印待ち", List.of(d1));
        long source = as(OFFICER).body(Map.of("title", "決裁の押印", "departmentIds", List.of(d2),
                "hearingIds", List.of(hearing))).post("/api/v1/issues").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        as(VIEWER).body(Map.of("sourceIssueId", source)).post("/api/v1/issues/" + target + "/merge").then()
                .statusCode(403);
        as(OFFICER).body(Map.of("sourceIssueId", source)).post("/api/v1/issues/" + target + "/merge").then()
                .statusCode(200).body("id", equalTo((int) target))
                .body("departmentIds", containsInAnyOrder((int) d1, (int) d2))
                .body("hearingIds", containsInAnyOrder((int) hearing));
        as(VIEWER).get("/api/v1/issues/" + source).then().body("status", equalTo("MERGED"))
                .body("mergedIntoId", equalTo((int) target));
        as(VIEWER).get("/api/v1/hearings/" + hearing).then().body("issueIds", hasItem((int) target));

        // the merged record stays as merged: sent back reopened it is refused, not reopened
        Map<String, Object> merged = as(VIEWER).get("/api/v1/issues/" + source).jsonPath().getMap("");
        Map<String, Object> reopened = new java.util.HashMap<>(merged);
        reopened.put("status", "NEW");
        as(Api.MANAGER).body(reopened).put("/api/v1/issues/" + source).then().statusCode(422)
                .contentType("application/problem+json");
        as(OFFICER).body(reopened).put("/api/v1/issues/" + source).then().statusCode(422);
        as(VIEWER).get("/api/v1/issues/" + source).then().body("status", equalTo("MERGED"))
                .body("version", equalTo(merged.get("version")));

        // twice, into itself, unknown ids
        as(OFFICER).body(Map.of("sourceIssueId", source)).post("/api/v1/issues/" + target + "/merge").then()
                .statusCode(422).contentType("application/problem+json");
        as(OFFICER).body(Map.of("sourceIssueId", target)).post("/api/v1/issues/" + source + "/merge").then()
                .statusCode(422);
        as(OFFICER).body(Map.of("sourceIssueId", target)).post("/api/v1/issues/" + target + "/merge").then()
                .statusCode(422);
        as(OFFICER).body(Map.of("sourceIssueId", 999999)).post("/api/v1/issues/" + target + "/merge").then()
                .statusCode(404);
        as(OFFICER).body(Map.of("sourceIssueId", source)).post("/api/v1/issues/999999/merge").then()
                .statusCode(404);
        as(OFFICER).body(Map.of()).post("/api/v1/issues/" + target + "/merge").then().statusCode(400);
        List<Object> similar = as(VIEWER).get("/api/v1/issues/" + target + "/similar?limit=50").jsonPath()
                .getList("issueId");
        assertEquals(-1, similar.indexOf((int) source), "a merged issue is not open");
    }
}
