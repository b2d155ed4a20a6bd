package kiku.backlog;

import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.scoring.Criteria;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SensitivityApiTest {

    @BeforeEach
    void resetCriteria() {
        Criteria.reset();
    }

    @Test
    void withoutPerturbationTheTopIsCertainAndMatchesTheBacklog() {
        long effect = Criteria.benefit("効果", 2);
        long urgency = Criteria.benefit("緊急性", 1);
        long dept = Api.department("情報政策課");
        long a = Api.issue("電子申請の導入", dept);
        long b = Api.issue("RPA で転記を自動化", dept);
        long c = Api.issue("古いPCの更新", dept);
        Criteria.score(RATER, a, Map.of(effect, 5, urgency, 5));
        Criteria.score(RATER, b, Map.of(effect, 4, urgency, 2));
        Criteria.score(RATER, c, Map.of(effect, 1, urgency, 1));

        JsonPath result = Criteria.json(as(VIEWER).body(Map.of("topK", 1, "samples", 50, "perturbation", 0, "seed", 7))
                .post("/api/v1/backlog/sensitivity").then().statusCode(200));
        List<Number> ids = result.getList("items.issueId", Number.class);
        assertEquals(List.of(a, b, c), ids.stream().map(Number::longValue).toList());
        assertEquals(List.of(1.0, 0.0, 0.0), result.getList("items.topKProbability", Double.class));
        assertEquals(List.of(1, 2, 3), result.getList("items.rankP50", Integer.class));
        assertEquals(result.getList("items.rankP05"), result.getList("items.rankP95"));
        // a is best on both criteria, so no weight of either can take it off the top
        for (Map<String, Object> interval : result.<Map<String, Object>>getList("weightIntervals")) {
            assertEquals(0.0, ((Number) interval.get("lower")).doubleValue(), 1e-9);
            assertNull(interval.get("upper"));
        }
    }

    @Test
    void isDeterministicForASeedAndValidatesItsInput() {
        long effect = Criteria.benefit("効果", 1);
        long cost = Criteria.create("費用", 1, 1, 5, "COST");
        long dept = Api.department("税務課");
        for (int i = 0; i < 4; i++) {
            Criteria.score(RATER, Api.issue("課題 " + i, dept), Map.of(effect, 1 + i, cost, 1 + i));
        }
        Map<String, Object> request = Map.of("topK", 2, "samples", 300, "perturbation", 0.5, "seed", 42);
        String first = as(VIEWER).body(request).post("/api/v1/backlog/sensitivity").then().statusCode(200)
                .extract().asString();
        String second = as(VIEWER).body(request).post("/api/v1/backlog/sensitivity").asString();
        assertEquals(first, second);

        as(VIEWER).body(Map.of("topK", 0)).post("/api/v1/backlog/sensitivity").then().statusCode(400);
        as(VIEWER).body(Map.of("samples", 100_001)).post("/api/v1/backlog/sensitivity").then().statusCode(400);
        as(VIEWER).body(Map.of("perturbation", 1)).post("/api/v1/backlog/sensitivity").then().statusCode(400);
        as(VIEWER).body(Map.of("perturbation", -0.1)).post("/api/v1/backlog/sensitivity").then().statusCode(400);
        as(VIEWER).body(Map.of("topK", 2.5)).post("/api/v1/backlog/sensitivity").then().statusCode(400);
        Api.anonymous().body(Map.of()).post("/api/v1/backlog/sensitivity").then().statusCode(401);

        Criteria.weights(Map.of(effect, 0, cost, 0));
        as(VIEWER).body(Map.of()).post("/api/v1/backlog/sensitivity").then().statusCode(422)
                .body("status", equalTo(422));
    }
}
