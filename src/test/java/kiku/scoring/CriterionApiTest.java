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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CriterionApiTest {

    private static final double EPS = 1e-9;

    @BeforeEach
    void resetCriteria() {
        Criteria.reset();
    }

    @Test
    void createsWithDefaults() {
        String name = unique("市民サービスへの効果");
        JsonPath created = json(as(MANAGER).body(Map.of("name", name, "weight", 3.0)).post("/api/v1/criteria")
                .then().statusCode(201).header("Location", startsWith("http")));
        long id = created.getLong("id");
        assertEquals(name, created.getString("name"));
        assertEquals(3.0, created.getDouble("weight"), EPS);
        assertEquals(1, created.getInt("minScore"));
        assertEquals(5, created.getInt("maxScore"));
        assertEquals("BENEFIT", created.getString("direction"));
        assertTrue(created.getBoolean("active"));
        assertEquals(0, created.getInt("version"));
        int first = created.getInt("position");

        int second = as(MANAGER).body(Map.of("name", unique("費用"), "weight", 1, "direction", "COST"))
                .post("/api/v1/criteria").then().statusCode(201).body("direction", equalTo("COST"))
                .extract().jsonPath().getInt("position");
        assertTrue(second > first, "a new criterion goes last: " + first + " then " + second);

        as(VIEWER).get("/api/v1/criteria/" + id).then().statusCode(200).body("name", equalTo(name));
        as(VIEWER).get("/api/v1/criteria").then().statusCode(200).body("items.id", hasItem((int) id))
                .body("totalItems", equalTo(2));
        as(VIEWER).get("/api/v1/criteria/999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesInvalidCriteriaNamingTheField() {
        assertInvalid(Map.of("weight", 1), "name");
        assertInvalid(Map.of("name", " ", "weight", 1), "name");
        assertInvalid(Map.of("name", unique("x"), "weight", -0.5), "weight");
        assertInvalid(Map.of("name", unique("x")), "weight");
        assertInvalid(Map.of("name", unique("x"), "weight", 1, "minScore", 5, "maxScore", 5), "maxScore");
        assertInvalid(Map.of("name", unique("x"), "weight", 1, "minScore", 6, "maxScore", 2), "maxScore");
        assertInvalid(Map.of("name", unique("x"), "weight", 1, "minScore", 6), "maxScore");
        assertInvalid(Map.of("name", unique("x"), "weight", 1, "direction", "SIDEWAYS"), "direction");
        assertInvalid(Map.of("name", unique("x"), "weight", 1, "minScore", 1.5), "minScore");
        // 1e999 is no finite number: it must not become Infinity
        as(MANAGER).body("{\"name\": \"" + unique("x") + "\", \"weight\": 1e999}").post("/api/v1/criteria").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("weight"));
        as(VIEWER).get("/api/v1/criteria").then().body("items", empty());
    }

    @Test
    void refusesDuplicateNamesAndWrongRoles() {
        String name = unique("緊急性");
        as(MANAGER).body(Map.of("name", name, "weight", 1)).post("/api/v1/criteria").then().statusCode(201);
        as(MANAGER).body(Map.of("name", name, "weight", 2)).post("/api/v1/criteria").then().statusCode(409)
                .contentType("application/problem+json");
        as(OFFICER).body(Map.of("name", unique("x"), "weight", 1)).post("/api/v1/criteria").then().statusCode(403);
        as(VIEWER).body(Map.of("name", unique("x"), "weight", 1)).post("/api/v1/criteria").then().statusCode(403);
        as(RATER).body(Map.of("name", unique("x"), "weight", 1)).post("/api/v1/criteria").then().statusCode(403);
        Api.anonymous().get("/api/v1/criteria").then().statusCode(401);
        long id = Criteria.benefit("効果", 1);
        Map<String, Object> body = Criteria.read(id);
        as(OFFICER).body(body).put("/api/v1/criteria/" + id).then().statusCode(403);
        as(VIEWER).delete("/api/v1/criteria/" + id).then().statusCode(403);
        as(OFFICER).body(Map.of("weights", Map.of(String.valueOf(id), 5))).put("/api/v1/criteria/weights").then()
                .statusCode(403);
        // renaming onto another criterion's name is a duplicate too
        body.put("name", name);
        as(MANAGER).body(body).put("/api/v1/criteria/" + id).then().statusCode(409);
        Map<String, Object> unchanged = Criteria.read(id);
        assertEquals(0, ((Number) unchanged.get("version")).intValue());
        assertTrue(((String) unchanged.get("name")).startsWith("効果"));
    }

    @Test
    void updatesWithVersionOnly() {
        long id = Criteria.benefit("効果", 1);
        Map<String, Object> read = Criteria.read(id);
        read.put("weight", 2.5);
        read.put("description", "住民への効果");
        as(MANAGER).body(read).put("/api/v1/criteria/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("description", equalTo("住民への効果"));

        read.put("weight", 9);
        as(MANAGER).body(read).put("/api/v1/criteria/" + id).then().statusCode(409)
                .contentType("application/problem+json");
        read.remove("version");
        as(MANAGER).body(read).put("/api/v1/criteria/" + id).then().statusCode(400)
                .body("violations.field", hasItem("version"));
        Map<String, Object> now = Criteria.read(id);
        assertEquals(2.5, number(now, "weight"), EPS);
        assertEquals(1, ((Number) now.get("version")).intValue());
        read.put("version", 1);
        as(MANAGER).body(read).put("/api/v1/criteria/999999").then().statusCode(404);
    }

    @Test
    void scaleChangeIsRefusedWhileScoresFallOutsideIt() {
        long id = Criteria.benefit("効果", 1);
        long issue = Api.issue(unique("窓口の待ち時間"), Api.department("市民課"));
        Criteria.score(RATER, issue, Map.of(id, 5));

        Map<String, Object> read = Criteria.read(id);
        read.put("maxScore", 4);
        as(MANAGER).body(read).put("/api/v1/criteria/" + id).then().statusCode(409);
        read.put("maxScore", 5);
        read.put("minScore", 0);
        read.put("maxScore", 10);
        // 5 lies inside 0..10: allowed, and the total follows the new scale (5 of 0..10 is 50)
        as(MANAGER).body(read).put("/api/v1/criteria/" + id).then().statusCode(200).body("minScore", equalTo(0))
                .body("maxScore", equalTo(10));
        assertEquals(50.0, number(Criteria.item(Criteria.backlog(""), issue), "total"), 1e-6);

        Criteria.score(RATER, issue, Map.of(id, 9));
        Map<String, Object> again = Criteria.read(id);
        again.put("maxScore", 5);
        again.put("minScore", 1);
        as(MANAGER).body(again).put("/api/v1/criteria/" + id).then().statusCode(409);
        assertEquals(10, ((Number) Criteria.read(id).get("maxScore")).intValue());
    }

    @Test
    void deletingACriterionRemovesItsScoresFromTotals() {
        long effect = Criteria.benefit("効果", 1);
        long cost = Criteria.create("費用", 1, 1, 5, "COST");
        long issue = Api.issue(unique("紙の決裁"), Api.department("総務課"));
        Criteria.score(RATER, issue, Map.of(effect, 5, cost, 5));
        // BENEFIT 5 of 1..5 gives 1, COST 5 gives 0: (1*1 + 1*0) / 2 = 50
        assertEquals(50.0, number(Criteria.item(Criteria.backlog(""), issue), "total"), 1e-6);

        as(MANAGER).delete("/api/v1/criteria/" + cost).then().statusCode(204);
        as(VIEWER).get("/api/v1/criteria/" + cost).then().statusCode(404);
        assertEquals(100.0, number(Criteria.item(Criteria.backlog(""), issue), "total"), 1e-6);
        as(VIEWER).get("/api/v1/issues/" + issue + "/scores").then().statusCode(200)
                .body("raters[0].scores.criterionId", equalTo(List.of((int) effect)))
                .body("aggregate.criterionId", equalTo(List.of((int) effect)));
        as(MANAGER).delete("/api/v1/criteria/" + cost).then().statusCode(404);
    }

    @Test
    void setsSeveralWeightsAtomically() {
        long a = Criteria.benefit("効果", 1);
        long b = Criteria.benefit("緊急性", 2);
        Map<String, Object> ok = Map.of(String.valueOf(a), 0.5, String.valueOf(b), 0.3);
        JsonPath set = json(as(MANAGER).body(Map.of("weights", ok)).put("/api/v1/criteria/weights").then()
                .statusCode(200));
        assertEquals(List.of(a, b), set.getList("items.id", Long.class));
        assertEquals(0.5, number(Criteria.read(a), "weight"), EPS);
        assertEquals(0.3, number(Criteria.read(b), "weight"), EPS);

        assertWeightsRefused("{\"weights\": {\"" + a + "\": 4, \"999999\": 1}}");
        assertWeightsRefused("{\"weights\": {\"" + a + "\": 4, \"" + b + "\": -1}}");
        assertWeightsRefused("{\"weights\": {\"" + a + "\": 4, \"" + b + "\": 1e999}}");
        assertWeightsRefused("{\"weights\": {\"" + a + "\": 4, \"" + b + "\": null}}");
        assertWeightsRefused("{\"weights\": {\"" + a + "\": 4, \"abc\": 1}}");
        assertWeightsRefused("{}");
        assertEquals(0.5, number(Criteria.read(a), "weight"), EPS);
        assertEquals(0.3, number(Criteria.read(b), "weight"), EPS);
    }

    @Test
    void allWeightsZeroMakesTheBacklogUnrankable() {
        long a = Criteria.benefit("効果", 1);
        long b = Criteria.create("費用", 1, 1, 5, "COST");
        long department = Api.department("福祉課");
        long scored = Api.issue(unique("申請の紙"), department);
        long unscored = Api.issue(unique("電話の取次ぎ"), department);
        Criteria.score(RATER, scored, Map.of(a, 4, b, 2));
        assertEquals(1, Criteria.backlog("?department=" + department).getInt("totalItems"));

        Criteria.weights(Map.of(a, 0, b, 0));
        JsonPath backlog = Criteria.backlog("?department=" + department);
        assertFalse(backlog.getBoolean("rankable"));
        assertNotNull(backlog.getString("message"));
        assertFalse(backlog.getString("message").isBlank());
        assertEquals(List.of(), backlog.getList("items"));
        assertEquals(List.of(), backlog.getList("criteria"));
        assertEquals(0, backlog.getInt("totalItems"));
        assertEquals(0, backlog.getInt("totalRanked"));
        assertEquals(List.of(scored, unscored), backlog.getList("unscored.issueId", Long.class));
        assertEquals(List.of(List.of(), List.of()), backlog.getList("unscored.missingCriterionIds"));
        // a bare GET without filters is no server error either
        Criteria.backlog("");
    }

    @Test
    void evaluatesAhpMatrices() {
        JsonPath two = json(as(MANAGER).body(Map.of("matrix", List.of(List.of(1, 3), List.of(1.0 / 3, 1))))
                .post("/api/v1/ahp").then().statusCode(200));
        assertWeights(two, 0.75, 0.25);
        assertEquals(2.0, two.getDouble("lambdaMax"), 1e-9);
        assertEquals(0.0, two.getDouble("consistencyRatio"), 1e-12);
        assertTrue(two.getBoolean("consistent"));

        // a consistent matrix for the ratio 4 : 2 : 1
        List<List<Double>> consistent = List.of(List.of(1.0, 2.0, 4.0), List.of(0.5, 1.0, 2.0),
                List.of(0.25, 0.5, 1.0));
        JsonPath three = json(as(VIEWER).body(Map.of("matrix", consistent)).post("/api/v1/ahp").then()
                .statusCode(200));
        assertWeights(three, 4.0 / 7, 2.0 / 7, 1.0 / 7);
        assertEquals(3.0, three.getDouble("lambdaMax"), 1e-9);
        assertEquals(0.0, three.getDouble("consistencyIndex"), 1e-9);
        assertEquals(0.0, three.getDouble("consistencyRatio"), 1e-9);
        assertTrue(three.getBoolean("consistent"));

        // circulant 9, 1/9: the eigenvector is uniform and lambdaMax = 1 + 9 + 1/9
        JsonPath cyclic = json(as(VIEWER).body(Map.of("matrix", cyclic())).post("/api/v1/ahp").then()
                .statusCode(200));
        assertWeights(cyclic, 1.0 / 3, 1.0 / 3, 1.0 / 3);
        assertEquals(1 + 9 + 1.0 / 9, cyclic.getDouble("lambdaMax"), 1e-6);
        assertEquals(cyclicCr(), cyclic.getDouble("consistencyRatio"), 1e-6);
        assertFalse(cyclic.getBoolean("consistent"));

        as(VIEWER).body(Map.of("matrix", List.of(List.of(1, 3), List.of(3, 1)))).post("/api/v1/ahp").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("matrix[1][0]"))
                .body("violations.message", hasItem("比較行列のセル [1][0] は [0][1] の逆数 0.333333 にしてください（3 になっています）。"));
        as(VIEWER).body(Map.of("matrix", List.of(List.of(1, 2, 1), List.of(0.5, 2, 1), List.of(1, 1, 1))))
                .post("/api/v1/ahp").then().statusCode(400).body("violations.field", hasItem("matrix[1][1]"))
                .body("violations.message", hasItem("比較行列の対角のセル [1][1] は 1 にしてください（2 になっています）。"));
        as(VIEWER).header("Accept-Language", "en").body(Map.of("matrix", List.of(List.of(1, 0), List.of(0, 1))))
                .post("/api/v1/ahp").then().statusCode(400).body("violations.field", hasItem("matrix[0][1]"))
                .body("violations.message", hasItem("Cell [0][1] of the comparison matrix must be a positive number (it is 0)."));
        as(VIEWER).body(Map.of("matrix", List.of(List.of(1)))).post("/api/v1/ahp").then().statusCode(400)
                .body("violations.field", hasItem("matrix"));
        as(VIEWER).body(Map.of("matrix", List.of(List.of(1, 2), List.of(0.5)))).post("/api/v1/ahp").then()
                .statusCode(400);
        as(VIEWER).body(Map.of("matrix", List.of(List.of(1, -2), List.of(-0.5, 1)))).post("/api/v1/ahp").then()
                .statusCode(400);
        as(VIEWER).body(Map.of()).post("/api/v1/ahp").then().statusCode(400);
    }

    @Test
    void appliesAhpWeightsToExactlyTheActiveCriteria() {
        long a = Criteria.benefit("効果", 1);
        long b = Criteria.benefit("緊急性", 1);
        long c = Criteria.create("費用", 1, 1, 5, "COST");
        long inactive = Criteria.benefit("旧基準", 7);
        Criteria.update(inactive, Map.of("active", false));
        List<List<Double>> matrix = List.of(List.of(1.0, 2.0, 4.0), List.of(0.5, 1.0, 2.0),
                List.of(0.25, 0.5, 1.0));

        as(MANAGER).body(apply(List.of(a, b), matrix, false)).post("/api/v1/criteria/ahp").then().statusCode(400)
                .body("violations.field", hasItem("criterionIds"));
        as(MANAGER).body(apply(List.of(a, b, inactive), matrix, false)).post("/api/v1/criteria/ahp").then()
                .statusCode(400);
        as(MANAGER).body(apply(List.of(a, b, c, inactive), matrix, false)).post("/api/v1/criteria/ahp").then()
                .statusCode(400);
        as(MANAGER).body(apply(List.of(a, b, b), matrix, false)).post("/api/v1/criteria/ahp").then()
                .statusCode(400);
        as(VIEWER).body(apply(List.of(a, b, c), matrix, false)).post("/api/v1/criteria/ahp").then().statusCode(403);
        as(OFFICER).body(apply(List.of(a, b, c), matrix, false)).post("/api/v1/criteria/ahp").then()
                .statusCode(403);
        assertEquals(1.0, number(Criteria.read(a), "weight"), EPS);

        // ids in any order: weights follow the matrix rows
        JsonPath applied = json(as(MANAGER).body(apply(List.of(c, a, b), matrix, false))
                .post("/api/v1/criteria/ahp").then().statusCode(200));
        assertEquals(4, applied.getList("items").size());
        assertEquals(4.0 / 7, number(Criteria.read(c), "weight"), 1e-9);
        assertEquals(2.0 / 7, number(Criteria.read(a), "weight"), 1e-9);
        assertEquals(1.0 / 7, number(Criteria.read(b), "weight"), 1e-9);
        assertEquals(7.0, number(Criteria.read(inactive), "weight"), EPS);

        String detail = as(MANAGER).header("Accept-Language", "en").body(apply(List.of(a, b, c), cyclic(), false))
                .post("/api/v1/criteria/ahp").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("CR")).extract().jsonPath().getString("detail");
        assertTrue(detail.contains(String.format(Locale.ROOT, "%.2f", cyclicCr())),
                "the detail states CR = " + cyclicCr() + ": " + detail);
        as(MANAGER).body(apply(List.of(a, b, c), cyclic(), false)).post("/api/v1/criteria/ahp").then()
                .statusCode(422).body("detail", notNullValue());
        assertEquals(4.0 / 7, number(Criteria.read(c), "weight"), 1e-9);

        as(MANAGER).body(apply(List.of(a, b, c), cyclic(), true)).post("/api/v1/criteria/ahp").then()
                .statusCode(200);
        for (long id : List.of(a, b, c)) {
            assertEquals(1.0 / 3, number(Criteria.read(id), "weight"), 1e-9);
        }
    }

    @Test
    void aWeightOfZeroStillCountsAsActiveForAhp() {
        long a = Criteria.benefit("効果", 0);
        long b = Criteria.benefit("緊急性", 0);
        JsonPath applied = json(as(MANAGER).body(apply(List.of(a, b),
                List.of(List.of(1.0, 3.0), List.of(1.0 / 3, 1.0)), null)).post("/api/v1/criteria/ahp").then()
                .statusCode(200));
        assertEquals(List.of(a, b), applied.getList("items.id", Long.class));
        assertEquals(0.75, number(Criteria.read(a), "weight"), 1e-9);
        assertEquals(0.25, number(Criteria.read(b), "weight"), 1e-9);
        as(MANAGER).body(apply(List.of(a, b), List.of(List.of(1.0, 2.0, 4.0), List.of(0.5, 1.0, 2.0),
                List.of(0.25, 0.5, 1.0)), false)).post("/api/v1/criteria/ahp").then().statusCode(400);
    }

    private static void assertInvalid(Map<String, Object> body, String field) {
        as(MANAGER).body(body).post("/api/v1/criteria").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("violations.field", hasItem(field));
    }

    private static void assertWeightsRefused(String body) {
        as(MANAGER).body(body).put("/api/v1/criteria/weights").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static void assertWeights(JsonPath result, double... expected) {
        List<Double> weights = result.getList("weights", Double.class);
        assertEquals(expected.length, weights.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], weights.get(i), 1e-9, "weight " + i);
        }
    }

    /** A maximally inconsistent 3x3 judgement: 1 beats 2, 2 beats 3, 3 beats 1, each by 9. */
    private static List<List<Double>> cyclic() {
        double n = 1.0 / 9;
        return List.of(List.of(1.0, 9.0, n), List.of(n, 1.0, 9.0), List.of(9.0, n, 1.0));
    }

    /** CR of {@link #cyclic()}: CI = (lambdaMax - 3) / 2 with lambdaMax = 1 + 9 + 1/9; RI(3) = 0.58. */
    private static double cyclicCr() {
        return ((1 + 9 + 1.0 / 9) - 3) / 2 / 0.58;
    }

    private static Map<String, Object> apply(List<Long> ids, List<List<Double>> matrix, Boolean accept) {
        Map<String, Object> body = new HashMap<>();
        body.put("criterionIds", ids);
        body.put("matrix", matrix);
        if (accept != null) {
            body.put("acceptInconsistent", accept);
        }
        return body;
    }
}
