package kiku.scoring;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.RATER2;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.scoring.Criteria.json;
import static kiku.scoring.Criteria.number;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoreApiTest {

    private long effect;
    private long cost;
    private long department;

    @BeforeEach
    void setUp() {
        Criteria.reset();
        effect = Criteria.benefit("効果", 2);
        cost = Criteria.create("費用", 1, 0, 10, "COST");
        department = Api.department("税務課");
    }

    @Test
    void savingAgainReplacesTheRatersScores() {
        long issue = issue("証明書の郵送請求");
        as(RATER).body(Map.of("scores", List.of(Map.of("criterionId", effect, "value", 2, "comment", "最初")))).put(path(issue))
                .then().statusCode(200);
        JsonPath saved = json(as(RATER).body(Map.of("scores", List.of(
                Map.of("criterionId", effect, "value", 4, "comment", "見直し"),
                Map.of("criterionId", cost, "value", 7)))).put(path(issue)).then().statusCode(200));
        assertEquals(List.of(RATER), saved.getList("raters.username"));

        JsonPath read = scores(issue);
        assertEquals(List.of(RATER), read.getList("raters.username"));
        assertEquals(List.of(effect, cost), read.getList("raters[0].scores.criterionId", Long.class));
        assertEquals(List.of(4, 7), read.getList("raters[0].scores.value", Integer.class));
        assertEquals("見直し", read.getString("raters[0].scores[0].comment"));

        // a third save of one criterion keeps the other
        Criteria.score(RATER, issue, Map.of(cost, 3));
        read = scores(issue);
        assertEquals(List.of(4, 3), read.getList("raters[0].scores.value", Integer.class));
        assertEquals(List.of(1, 1), read.getList("aggregate.count", Integer.class));
    }

    @Test
    void showsEachRaterAndTheAggregate() {
        long issue = issue("窓口の混雑");
        Criteria.score(RATER, issue, Map.of(effect, 5, cost, 2));
        Criteria.score(RATER2, issue, Map.of(effect, 2));

        JsonPath read = scores(issue);
        assertEquals(List.of(RATER, RATER2), read.getList("raters.username"));
        assertEquals(List.of(effect, cost), read.getList("raters[0].scores.criterionId", Long.class));
        assertEquals(List.of(effect), read.getList("raters[1].scores.criterionId", Long.class));
        assertEquals(List.of(2), read.getList("raters[1].scores.value", Integer.class));

        assertEquals(List.of(effect, cost), read.getList("aggregate.criterionId", Long.class));
        Map<String, Object> onEffect = read.getMap("aggregate[0]");
        assertEquals(3.5, number(onEffect, "mean"), 1e-9);
        assertEquals(2, ((Number) onEffect.get("min")).intValue());
        assertEquals(5, ((Number) onEffect.get("max")).intValue());
        assertEquals(2, ((Number) onEffect.get("count")).intValue());
        Map<String, Object> onCost = read.getMap("aggregate[1]");
        assertEquals(2.0, number(onCost, "mean"), 1e-9);
        assertEquals(2, ((Number) onCost.get("min")).intValue());
        assertEquals(2, ((Number) onCost.get("max")).intValue());
        assertEquals(1, ((Number) onCost.get("count")).intValue());

        // any signed-in user may read scores
        as(OFFICER).get(path(issue)).then().statusCode(200);
        as(VIEWER).get(path(999999)).then().statusCode(404);
    }

    @Test
    void anInvalidSheetSavesNothing() {
        long issue = issue("議事録の作成");
        Criteria.score(RATER, issue, Map.of(effect, 3));

        // one entry off the scale among good ones: nothing of the sheet is saved
        as(RATER).body(Map.of("scores", List.of(Map.of("criterionId", effect, "value", 5),
                Map.of("criterionId", cost, "value", 11)))).put(path(issue)).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("scores[1].value"));
        as(RATER).body(Criteria.sheet(Map.of(effect, 0))).put(path(issue)).then().statusCode(400);
        as(RATER).body(Criteria.sheet(Map.of(effect, 6))).put(path(issue)).then().statusCode(400);
        as(RATER).body(Criteria.sheet(Map.of(cost, -1))).put(path(issue)).then().statusCode(400);
        as(RATER).body(Map.of("scores", List.of(Map.of("criterionId", effect, "value", 5),
                Map.of("criterionId", 999999, "value", 3)))).put(path(issue)).then().statusCode(400)
                .body("violations.field", hasItem("scores[1].criterionId"));
        as(RATER).body("{\"scores\": [{\"criterionId\": " + cost + ", \"value\": 1},"
                + " {\"criterionId\": " + effect + ", \"value\": 4.5}]}").put(path(issue)).then().statusCode(400);
        as(RATER).body("{\"scores\": [{\"criterionId\": " + effect + ".5, \"value\": 4}]}").put(path(issue)).then()
                .statusCode(400);
        as(RATER).body("{\"scores\": [{\"criterionId\": " + effect + ", \"value\": \"4\"}]}").put(path(issue))
                .then().statusCode(400);
        as(RATER).body("{\"scores\": [{\"criterionId\": " + effect + "}]}").put(path(issue)).then().statusCode(400);
        as(RATER).body("{}").put(path(issue)).then().statusCode(400);

        JsonPath read = scores(issue);
        assertEquals(List.of(effect), read.getList("raters[0].scores.criterionId", Long.class));
        assertEquals(List.of(3), read.getList("raters[0].scores.value", Integer.class));
    }

    @Test
    void checksIssueAndRoles() {
        long issue = issue("庁内照会の集計");
        as(RATER).body(Criteria.sheet(Map.of(effect, 3))).put(path(999999)).then().statusCode(404)
                .contentType("application/problem+json");
        as(VIEWER).body(Criteria.sheet(Map.of(effect, 3))).put(path(issue)).then().statusCode(403);
        as(OFFICER).body(Criteria.sheet(Map.of(effect, 3))).put(path(issue)).then().statusCode(403);
        as(MANAGER).body(Criteria.sheet(Map.of(effect, 3))).put(path(issue)).then().statusCode(403);
        as(OFFICER).delete(path(issue) + "/" + effect).then().statusCode(403);
        Api.anonymous().get(path(issue)).then().statusCode(401);
        Api.anonymous().body(Criteria.sheet(Map.of(effect, 3))).put(path(issue)).then().statusCode(401);
        assertEquals(List.of(), scores(issue).getList("raters"));
    }

    @Test
    void deleteRemovesOnlyTheCallersScore() {
        long issue = issue("道路損傷の通報");
        Criteria.score(RATER, issue, Map.of(effect, 5, cost, 4));
        Criteria.score(RATER2, issue, Map.of(effect, 1));

        as(RATER).delete(path(issue) + "/" + effect).then().statusCode(204);
        as(RATER).delete(path(issue) + "/" + effect).then().statusCode(404)
                .body("detail", equalTo("この課題の評価基準 " + effect + " について、あなたの採点はありません。"));
        as(RATER).delete(path(issue) + "/999999").then().statusCode(404)
                .body("detail", equalTo("評価基準 999999 は見つかりません。"));
        JsonPath read = scores(issue);
        assertEquals(List.of(RATER, RATER2), read.getList("raters.username"));
        assertEquals(List.of(cost), read.getList("raters[0].scores.criterionId", Long.class));
        assertEquals(List.of(effect), read.getList("raters[1].scores.criterionId", Long.class));
        Map<String, Object> onEffect = read.getMap("aggregate[0]");
        assertEquals(1, ((Number) onEffect.get("count")).intValue());
        assertEquals(1.0, number(onEffect, "mean"), 1e-9);

        // the total follows: effect 1 of 1..5 gives 0, cost 4 of 0..10 gives 0.6; (2*0 + 1*0.6) / 3
        assertEquals(100 * 0.6 / 3, number(Criteria.item(Criteria.backlog("?department=" + department), issue),
                "total"), 1e-6);
    }

    @Test
    void scoresOfAnInactiveCriterionAreKeptAndCountOnceActive() {
        long urgency = Criteria.benefit("緊急性", 1);
        Criteria.update(urgency, Map.of("active", false));
        long issue = issue("消防団の連絡網");
        Criteria.score(RATER, issue, Map.of(effect, 5, cost, 10, urgency, 1));

        JsonPath read = scores(issue);
        assertEquals(List.of(effect, cost, urgency), read.getList("raters[0].scores.criterionId", Long.class));
        // inactive: the issue ranks on effect and cost only, (2*1 + 1*0) / 3
        JsonPath backlog = Criteria.backlog("?department=" + department);
        assertEquals(100 * 2.0 / 3, number(Criteria.item(backlog, issue), "total"), 1e-6);
        assertEquals(List.of(effect, cost), backlog.getList("criteria.id", Long.class));

        Criteria.update(urgency, Map.of("active", true));
        // active again: urgency 1 of 1..5 gives 0, (2*1 + 1*0 + 1*0) / 4
        assertEquals(100 * 2.0 / 4, number(Criteria.item(Criteria.backlog("?department=" + department), issue),
                "total"), 1e-6);
    }

    @Test
    void aClosedIssueMayBeScoredAndCountsWhenReopened() {
        long issue = issue("公用車の予約");
        Criteria.status(issue, "DONE");
        Criteria.score(RATER, issue, Map.of(effect, 3, cost, 5));
        assertEquals(List.of(effect, cost), scores(issue).getList("raters[0].scores.criterionId", Long.class));
        JsonPath closed = Criteria.backlog("?department=" + department);
        assertNull(Criteria.item(closed, issue));
        assertEquals(List.of(), closed.getList("unscored"));

        Criteria.status(issue, "ANALYZING");
        Map<String, Object> item = Criteria.item(Criteria.backlog("?department=" + department), issue);
        assertNotNull(item);
        // effect 3 of 1..5 gives 0.5, cost 5 of 0..10 gives 0.5
        assertEquals(50.0, number(item, "total"), 1e-6);
    }

    private long issue(String title) {
        return Api.issue(unique(title), department);
    }

    private static String path(long issueId) {
        return "/api/v1/issues/" + issueId + "/scores";
    }

    private static JsonPath scores(long issueId) {
        return json(as(VIEWER).get(path(issueId)).then().statusCode(200));
    }
}
