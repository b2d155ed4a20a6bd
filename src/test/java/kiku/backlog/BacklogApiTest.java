package kiku.backlog;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.RATER2;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.scoring.Criteria.backlog;
import static kiku.scoring.Criteria.ids;
import static kiku.scoring.Criteria.item;
import static kiku.scoring.Criteria.json;
import static kiku.scoring.Criteria.number;
import static kiku.scoring.Criteria.score;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.scoring.Criteria;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BacklogApiTest {

    private static final double EPS = 1e-6;

    /** A criterion as SCORING.md §3 needs it, for the expected totals computed here. */
    private record Crit(long id, double weight, int min, int max, boolean cost) {

        static Crit create(String name, double weight, int min, int max, boolean cost) {
            return new Crit(Criteria.create(name, weight, min, max, cost ? "COST" : "BENEFIT"), weight, min, max, cost);
        }

        /** The mean normalized to 0..1, 1 being best. */
        double u(double mean) {
            return cost ? (max - mean) / (max - min) : (mean - min) / (max - min);
        }
    }

    private long department;

    @BeforeEach
    void setUp() {
        Criteria.reset();
        department = Api.department("情報政策課");
    }

    @Test
    void totalsFollowTheWeightedSumOfNormalizedMeans() {
        Crit effect = Crit.create("効果", 3, 1, 5, false);
        Crit cost = Crit.create("費用", 2, 0, 10, true);
        Crit urgency = Crit.create("緊急性", 0.5, 0, 10, false);
        Crit inactive = Crit.create("旧基準", 4, 1, 5, false);
        Criteria.update(inactive.id(), Map.of("active", false));
        Crit zero = Crit.create("保留", 0, 1, 5, false);
        List<Crit> ranking = List.of(effect, cost, urgency);

        String title = unique("紙の申請書を電子化");
        long first = Api.issue(title, department);
        score(RATER, first, Map.of(effect.id(), 5, cost.id(), 2, urgency.id(), 7, inactive.id(), 1, zero.id(), 5));
        score(RATER2, first, Map.of(effect.id(), 4, cost.id(), 3, urgency.id(), 8, inactive.id(), 5, zero.id(), 1));
        long second = issue("押印の廃止");
        score(RATER, second, Map.of(effect.id(), 2, cost.id(), 9, urgency.id(), 1));
        score(RATER2, second, Map.of(inactive.id(), 3, zero.id(), 3));
        long third = issue("会議録の公開");
        score(RATER, third, Map.of(effect.id(), 3, cost.id(), 5, urgency.id(), 5));
        score(RATER2, third, Map.of(effect.id(), 3, cost.id(), 6, urgency.id(), 5));

        JsonPath view = backlog(Map.of("department", department));
        assertTrue(view.getBoolean("rankable"));
        assertNull(view.get("message"));
        assertEquals(List.of(effect.id(), cost.id(), urgency.id()), view.getList("criteria.id", Long.class));
        assertEquals(List.of("BENEFIT", "COST", "BENEFIT"), view.getList("criteria.direction"));
        double w = 3 + 2 + 0.5;
        List<Double> shares = view.getList("criteria.share", Double.class);
        assertEquals(3 / w, shares.get(0), 1e-9);
        assertEquals(2 / w, shares.get(1), 1e-9);
        assertEquals(0.5 / w, shares.get(2), 1e-9);
        assertEquals(List.of(3.0, 2.0, 0.5), view.getList("criteria.weight", Double.class));
        assertTrue(view.getString("criteria[0].name").startsWith("効果"));

        double firstTotal = expected(ranking, 4.5, 2.5, 7.5);
        double secondTotal = expected(ranking, 2, 9, 1);
        double thirdTotal = expected(ranking, 3, 5.5, 5);
        assertEquals(List.of(first, third, second), ids(view));
        assertEquals(List.of(1, 2, 3), view.getList("items.rank", Integer.class));
        assertEquals(firstTotal, number(item(view, first), "total"), EPS);
        assertEquals(secondTotal, number(item(view, second), "total"), EPS);
        assertEquals(thirdTotal, number(item(view, third), "total"), EPS);
        assertEquals(100 * (3 * 0.875 + 2 * 0.75 + 0.5 * 0.75) / w, firstTotal, 1e-12, "the helper itself");

        Map<String, Object> top = item(view, first);
        assertEquals(title, top.get("title"));
        assertEquals("NEW", top.get("status"));
        assertEquals(List.of(department), view.getList("items[0].departmentIds", Long.class));
        Map<String, Double> means = view.getMap("items[0].means", String.class, Double.class);
        assertEquals(Map.of(key(effect), 4.5, key(cost), 2.5, key(urgency), 7.5), means);
        assertEquals(List.of(2, 2, 1), view.getList("items.raters", Integer.class));
        assertEquals(List.of(false, false, false), view.getList("items.disputed"));
        assertEquals(3, view.getInt("totalItems"));
        assertEquals(3, view.getInt("totalRanked"));
        assertEquals(List.of(), view.getList("unscored"));

        // weights are relative: scaling all of them changes no total, by ten or by a trillion
        Criteria.weights(Map.of(effect.id(), 30, cost.id(), 20, urgency.id(), 5));
        assertEquals(firstTotal, number(item(backlog(Map.of("department", department)), first), "total"), EPS);
        Criteria.weights(Map.of(effect.id(), 3e12, cost.id(), 2e12, urgency.id(), 5e11));
        assertEquals(firstTotal, number(item(backlog(Map.of("department", department)), first), "total"), EPS);
    }

    @Test
    void ranksCompeteAndTiesAreListedById() {
        Crit a = Crit.create("効果", 1, 1, 5, false);
        Crit b = Crit.create("緊急性", 1, 1, 5, false);
        long low = issue("最下位");
        long tieFirst = issue("同点1");
        long tieSecond = issue("同点2");
        long top = issue("首位");
        // scored in an order unrelated to the ids
        score(RATER, tieSecond, Map.of(a.id(), 1, b.id(), 5));
        score(RATER, top, Map.of(a.id(), 5, b.id(), 5));
        score(RATER, low, Map.of(a.id(), 2, b.id(), 1));
        score(RATER, tieFirst, Map.of(a.id(), 5, b.id(), 1));

        JsonPath view = backlog(Map.of("department", department));
        assertEquals(List.of(top, tieFirst, tieSecond, low), ids(view));
        assertEquals(List.of(1, 2, 2, 4), view.getList("items.rank", Integer.class));
        assertEquals(List.of(100.0, 50.0, 50.0, 12.5), view.getList("items.total", Double.class));
    }

    @Test
    void totalsEqualUpToRoundingTieAndAreListedById() {
        Crit a = Crit.create("効果", 1, 0, 10, false);
        Crit b = Crit.create("緊急性", 1, 0, 10, false);
        Crit c = Crit.create("影響範囲", 1, 0, 10, false);
        long earlier = issue("先に登録");
        long later = issue("後に登録");
        long top = issue("首位");
        // (0 + 0 + 0.3) / 3 and (0.1 + 0.2 + 0) / 3: both 10 exactly, but not in floating point
        score(RATER, earlier, Map.of(a.id(), 0, b.id(), 0, c.id(), 3));
        score(RATER, later, Map.of(a.id(), 1, b.id(), 2, c.id(), 0));
        score(RATER, top, Map.of(a.id(), 9, b.id(), 9, c.id(), 9));

        JsonPath view = backlog(Map.of("department", department));
        assertEquals(List.of(1, 2, 2), view.getList("items.rank", Integer.class));
        assertEquals(List.of(top, earlier, later), ids(view));
        assertEquals(10.0, number(item(view, later), "total"), EPS);
        // a page edge that cuts the tie keeps the same order
        assertEquals(List.of(earlier), ids(backlog(Map.of("department", department, "page", 1, "size", 1))));
        assertEquals(List.of(later), ids(backlog(Map.of("department", department, "page", 2, "size", 1))));
        assertEquals(List.of(top, earlier), ids(backlog(Map.of("department", department, "size", 2))));
    }

    @Test
    void listsUnscoredIssuesWithTheirMissingCriteria() {
        Crit a = Crit.create("効果", 1, 1, 5, false);
        Crit b = Crit.create("費用", 1, 1, 5, true);
        Crit c = Crit.create("緊急性", 2, 1, 5, false);
        Crit inactive = Crit.create("旧基準", 1, 1, 5, false);
        Criteria.update(inactive.id(), Map.of("active", false));
        long partly = issue("一部だけ採点");
        score(RATER, partly, Map.of(a.id(), 3));
        long none = issue("未採点");
        long onlyInactive = issue("旧基準だけ");
        score(RATER, onlyInactive, Map.of(inactive.id(), 3));
        long byTwo = issue("二人で採点");
        score(RATER, byTwo, Map.of(a.id(), 3, b.id(), 3));
        score(RATER2, byTwo, Map.of(c.id(), 3));

        JsonPath view = backlog(Map.of("department", department));
        assertEquals(List.of(byTwo), ids(view));
        assertEquals(List.of(partly, none, onlyInactive), view.getList("unscored.issueId", Long.class));
        assertEquals(List.of(b.id(), c.id()), view.getList("unscored[0].missingCriterionIds", Long.class));
        assertEquals(List.of(a.id(), b.id(), c.id()), view.getList("unscored[1].missingCriterionIds", Long.class));
        assertEquals(List.of(a.id(), b.id(), c.id()), view.getList("unscored[2].missingCriterionIds", Long.class));
        assertTrue(view.getString("unscored[1].title").startsWith("未採点"));
        assertEquals(1, view.getInt("totalRanked"));
    }

    @Test
    void flagsDisputesFromHalfTheRangeAndCountsRaters() {
        Crit five = Crit.create("効果", 1, 1, 5, false); // half the range: 2
        Crit ten = Crit.create("費用", 1, 0, 10, true); // 5
        Crit four = Crit.create("緊急性", 1, 1, 4, false); // 1.5
        Crit inactive = Crit.create("旧基準", 1, 1, 5, false);
        Criteria.update(inactive.id(), Map.of("active", false));
        Map<Long, Integer> base = Map.of(five.id(), 1, ten.id(), 2, four.id(), 1);

        long onFive = issue("1と3");
        long below = issue("差が半分未満");
        long onTen = issue("2と7");
        long onFour = issue("1と3の4段階");
        long onInactive = issue("非有効の基準だけ");
        for (long issue : List.of(onFive, below, onTen, onFour, onInactive)) {
            score(RATER, issue, base);
        }
        score(RATER2, onFive, Map.of(five.id(), 3));
        score(RATER2, below, Map.of(five.id(), 2, ten.id(), 6, four.id(), 2));
        score(RATER2, onTen, Map.of(ten.id(), 7));
        score(RATER2, onFour, Map.of(four.id(), 3));
        score(RATER, onInactive, Map.of(inactive.id(), 1));
        score(RATER2, onInactive, Map.of(inactive.id(), 5));

        JsonPath view = backlog(Map.of("department", department));
        assertEquals(true, item(view, onFive).get("disputed"));
        assertEquals(false, item(view, below).get("disputed"));
        assertEquals(true, item(view, onTen).get("disputed"));
        assertEquals(true, item(view, onFour).get("disputed"));
        assertEquals(false, item(view, onInactive).get("disputed"));

        assertEquals(2, item(view, onFive).get("raters"));
        assertEquals(2, item(view, below).get("raters"));
        assertEquals(1, item(view, onInactive).get("raters"), "a score on an inactive criterion makes no rater");
        assertEquals(Map.of(key(five), 1.0, key(ten), 2.0, key(four), 1.0),
                view.getMap("items.find { it.issueId == " + onInactive + " }.means", String.class, Double.class));
    }

    @Test
    void closedIssuesAreNotListed() {
        Crit a = Crit.create("効果", 1, 1, 5, false);
        Map<String, Long> byStatus = new HashMap<>();
        for (String status : List.of("NEW", "ANALYZING", "PLANNED", "IN_PROGRESS", "DONE", "REJECTED")) {
            long id = Criteria.issue(unique(status), department, Map.of("status", status));
            score(RATER, id, Map.of(a.id(), 3));
            byStatus.put(status, id);
        }
        long doneUnscored = Criteria.issue(unique("完了未採点"), department, Map.of("status", "DONE"));
        long rejectedUnscored = Criteria.issue(unique("却下未採点"), department, Map.of("status", "REJECTED"));

        JsonPath view = backlog(Map.of("department", department));
        List<Long> open = List.of(byStatus.get("NEW"), byStatus.get("ANALYZING"), byStatus.get("PLANNED"),
                byStatus.get("IN_PROGRESS"));
        assertEquals(open, ids(view));
        assertEquals(List.of(1, 1, 1, 1), view.getList("items.rank", Integer.class));
        assertEquals(4, view.getInt("totalRanked"));
        assertEquals(List.of(), view.getList("unscored"));
        assertFalse(view.getList("unscored.issueId", Long.class).contains(doneUnscored));
        assertFalse(view.getList("unscored.issueId", Long.class).contains(rejectedUnscored));

        // closing an issue takes it out; reopening brings it back with its scores
        Criteria.status(byStatus.get("NEW"), "DONE");
        assertEquals(open.subList(1, 4), ids(backlog(Map.of("department", department))));
        Criteria.status(byStatus.get("DONE"), "NEW");
        assertEquals(List.of(byStatus.get("ANALYZING"), byStatus.get("PLANNED"), byStatus.get("IN_PROGRESS"),
                byStatus.get("DONE")), ids(backlog(Map.of("department", department))));
    }

    @Test
    void filtersChooseItemsButRanksStayCityWide() {
        Crit a = Crit.create("効果", 1, 1, 5, false);
        long other = Api.department("環境課");
        String category = unique("紙・押印");
        String token = unique("とくべつな語");
        long first = issue("一位");
        long second = Criteria.issue(unique("二位"), other, Map.of("status", "ANALYZING"));
        long third = Criteria.issue(unique("三位"), department, Map.of("category", category));
        long fourth = Criteria.issue(unique("四位"), other, Map.of("description", "説明に" + token + "を含む"));
        long both = as(OFFICER).body(Map.of("title", unique("両課"), "departmentIds", List.of(department, other)))
                .post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
        long unscoredOther = Criteria.issue(unique("未採点"), other, Map.of("status", "ANALYZING"));
        score(RATER, first, Map.of(a.id(), 5));
        score(RATER, second, Map.of(a.id(), 4));
        score(RATER, third, Map.of(a.id(), 3));
        score(RATER, fourth, Map.of(a.id(), 2));
        score(RATER, both, Map.of(a.id(), 1));

        JsonPath mine = backlog(Map.of("department", department));
        assertEquals(List.of(first, third, both), ids(mine));
        assertEquals(List.of(1, 3, 5), mine.getList("items.rank", Integer.class));
        assertEquals(3, mine.getInt("totalItems"));
        assertEquals(5, mine.getInt("totalRanked"));
        assertEquals(List.of(), mine.getList("unscored"));

        JsonPath theirs = backlog(Map.of("department", other));
        assertEquals(List.of(second, fourth, both), ids(theirs));
        assertEquals(List.of(2, 4, 5), theirs.getList("items.rank", Integer.class));
        assertEquals(List.of(unscoredOther), theirs.getList("unscored.issueId", Long.class));

        JsonPath analyzing = backlog(Map.of("status", "ANALYZING", "department", other));
        assertEquals(List.of(second), ids(analyzing));
        assertEquals(List.of(2), analyzing.getList("items.rank", Integer.class));
        assertEquals(List.of(unscoredOther), analyzing.getList("unscored.issueId", Long.class));
        assertEquals(List.of(second), ids(backlog(Map.of("status", "ANALYZING"))));

        JsonPath byCategory = backlog(Map.of("category", category));
        assertEquals(List.of(third), ids(byCategory));
        assertEquals(List.of(3), byCategory.getList("items.rank", Integer.class));
        assertEquals(1, byCategory.getInt("totalItems"));

        JsonPath byText = backlog(Map.of("q", token));
        assertEquals(List.of(fourth), ids(byText));
        assertEquals(List.of(4), byText.getList("items.rank", Integer.class));
        assertEquals(List.of(first), ids(backlog(Map.of("q", "一位", "department", department))));
        assertEquals(List.of(), ids(backlog(Map.of("status", "DONE", "department", department))));

        as(VIEWER).get("/api/v1/backlog?department=999999").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("department"));
        as(VIEWER).get("/api/v1/backlog?department=abc").then().statusCode(400);
        as(VIEWER).get("/api/v1/backlog?status=FINISHED").then().statusCode(400)
                .body("violations.field", hasItem("status"));
        Api.anonymous().get("/api/v1/backlog").then().statusCode(401);
    }

    @Test
    void pagesThroughTheRankedItems() {
        Crit a = Crit.create("効果", 1, 0, 10, false);
        List<Long> expected = new ArrayList<>();
        for (int value = 10; value >= 6; value--) {
            long id = issue("順位" + value);
            score(RATER, id, Map.of(a.id(), value));
            expected.add(id);
        }
        long unscored = issue("未採点");

        JsonPath page1 = backlog(Map.of("department", department, "page", 1, "size", 2));
        assertEquals(expected.subList(2, 4), ids(page1));
        assertEquals(List.of(3, 4), page1.getList("items.rank", Integer.class));
        assertEquals(1, page1.getInt("page"));
        assertEquals(2, page1.getInt("size"));
        assertEquals(5, page1.getInt("totalItems"));
        assertEquals(5, page1.getInt("totalRanked"));
        assertEquals(List.of(unscored), page1.getList("unscored.issueId", Long.class), "unscored is not paged");

        assertEquals(expected.subList(0, 2), ids(backlog(Map.of("department", department, "size", 2))));
        assertEquals(expected.subList(4, 5), ids(backlog(Map.of("department", department, "page", 2, "size", 2))));
        JsonPath beyond = backlog(Map.of("department", department, "page", 3, "size", 2));
        assertEquals(List.of(), ids(beyond));
        assertEquals(5, beyond.getInt("totalItems"));
        JsonPath defaults = backlog(Map.of("department", department));
        assertEquals(0, defaults.getInt("page"));
        assertEquals(50, defaults.getInt("size"));

        for (String bad : List.of("page=-1", "size=0", "size=501", "size=abc", "page=1.5", "page=x")) {
            as(VIEWER).get("/api/v1/backlog?" + bad).then().statusCode(400).contentType("application/problem+json");
        }
        as(VIEWER).get("/api/v1/backlog?size=500").then().statusCode(200);
    }

    @Test
    void previewRanksUnderProposedWeightsWithoutSaving() {
        Crit effect = Crit.create("効果", 1, 1, 5, false);
        Crit urgency = Crit.create("緊急性", 1, 1, 5, false);
        long a = issue("効果だけ高い");
        long b = issue("緊急性だけ高い");
        long c = issue("両方そこそこ");
        long onlyEffect = issue("効果だけ採点");
        score(RATER, a, Map.of(effect.id(), 5, urgency.id(), 1));
        score(RATER, b, Map.of(effect.id(), 1, urgency.id(), 4));
        score(RATER, c, Map.of(effect.id(), 3, urgency.id(), 4));
        score(RATER, onlyEffect, Map.of(effect.id(), 4));
        JsonPath before = backlog(Map.of("department", department));
        assertEquals(List.of(c, a, b), ids(before));

        JsonPath same = preview(Map.of());
        assertEquals(ids(before), ids(same));
        assertEquals(before.getList("items.rank"), same.getList("items.rank"));
        assertEquals(before.getList("items.rank"), same.getList("items.currentRank"));
        assertEquals(List.of(0, 0, 0), same.getList("items.rankChange"));
        assertEquals(before.getList("items.total"), same.getList("items.total"));
        assertEquals(List.of(onlyEffect), same.getList("unscored.issueId", Long.class));

        JsonPath proposed = preview(Map.of(String.valueOf(urgency.id()), 10));
        List<Crit> weighted = List.of(effect, new Crit(urgency.id(), 10, 1, 5, false));
        assertEquals(List.of(c, b, a), ids(proposed));
        assertEquals(List.of(1, 2, 3), proposed.getList("items.rank", Integer.class));
        assertEquals(List.of(1, 3, 2), proposed.getList("items.currentRank", Integer.class));
        assertEquals(List.of(0, 1, -1), proposed.getList("items.rankChange", Integer.class));
        assertEquals(expected(weighted, 3, 4), number(item(proposed, c), "total"), EPS);
        assertEquals(expected(weighted, 1, 4), number(item(proposed, b), "total"), EPS);
        assertEquals(expected(weighted, 5, 1), number(item(proposed, a), "total"), EPS);
        assertEquals(10 / 11.0, proposed.getDouble("criteria[1].share"), 1e-9);
        assertEquals(10.0, proposed.getDouble("criteria[1].weight"), 1e-9);

        // nothing was saved
        assertEquals(1.0, number(Criteria.read(urgency.id()), "weight"), 1e-9);
        JsonPath after = backlog(Map.of("department", department));
        assertEquals(ids(before), ids(after));
        assertEquals(before.getList("items.total"), after.getList("items.total"));

        // without urgency the issue scored on effect only is ranked, but it has no current rank
        JsonPath withoutUrgency = preview(Map.of(String.valueOf(urgency.id()), 0));
        assertEquals(List.of(effect.id()), withoutUrgency.getList("criteria.id", Long.class));
        assertEquals(List.of(a, onlyEffect, c, b), ids(withoutUrgency));
        Map<String, Object> newcomer = item(withoutUrgency, onlyEffect);
        assertEquals(2, newcomer.get("rank"));
        assertTrue(newcomer.containsKey("currentRank"));
        assertNull(newcomer.get("currentRank"));
        assertNull(newcomer.get("rankChange"));
        assertEquals(List.of(), withoutUrgency.getList("unscored"));

        // filtered previews keep city-wide ranks
        long other = Api.department("環境課");
        long elsewhere = Api.issue(unique("他課の課題"), other);
        score(RATER, elsewhere, Map.of(effect.id(), 2, urgency.id(), 2));
        JsonPath filtered = json(as(VIEWER).body(Map.of("weights", Map.of())).queryParam("department", other)
                .post("/api/v1/backlog/preview").then().statusCode(200));
        assertEquals(List.of(elsewhere), ids(filtered));
        assertEquals(List.of(4), filtered.getList("items.rank", Integer.class));
        assertEquals(List.of(0), filtered.getList("items.rankChange", Integer.class));
    }

    @Test
    void previewRefusesUnknownCriteriaAndWeightsThatRankNothing() {
        Crit effect = Crit.create("効果", 1, 1, 5, false);
        Crit urgency = Crit.create("緊急性", 1, 1, 5, false);
        long a = issue("課題");
        score(RATER, a, Map.of(effect.id(), 5, urgency.id(), 1));

        as(VIEWER).body(Map.of("weights", Map.of("999999", 1))).post("/api/v1/backlog/preview").then()
                .statusCode(400).contentType("application/problem+json");
        as(VIEWER).body(Map.of("weights", Map.of(String.valueOf(effect.id()), -1))).post("/api/v1/backlog/preview")
                .then().statusCode(400);
        as(VIEWER).body("{\"weights\": {\"" + effect.id() + "\": 1e999}}").post("/api/v1/backlog/preview").then()
                .statusCode(400);
        as(VIEWER).body(Map.of()).post("/api/v1/backlog/preview").then().statusCode(400);
        as(VIEWER).body(Map.of("weights", Map.of(String.valueOf(effect.id()), 0, String.valueOf(urgency.id()), 0)))
                .post("/api/v1/backlog/preview").then().statusCode(422).contentType("application/problem+json");
        assertEquals(1.0, number(Criteria.read(effect.id()), "weight"), 1e-9);

        // with every saved weight 0, a preview of the saved weights ranks nothing either...
        Criteria.weights(Map.of(effect.id(), 0, urgency.id(), 0));
        as(VIEWER).body(Map.of("weights", Map.of())).post("/api/v1/backlog/preview").then().statusCode(422);
        // ...while a proposed weight ranks again, with no current ranks to compare
        JsonPath revived = preview(Map.of(String.valueOf(urgency.id()), 2));
        assertEquals(List.of(a), ids(revived));
        assertNull(item(revived, a).get("currentRank"));
        assertEquals(0.0, number(item(revived, a), "total"), EPS);
        as(MANAGER).get("/api/v1/backlog").then().statusCode(200);
    }

    private long issue(String title) {
        return Api.issue(unique(title), department);
    }

    private JsonPath preview(Map<String, ?> weights) {
        return json(as(VIEWER).body(Map.of("weights", weights)).queryParam("department", department)
                .post("/api/v1/backlog/preview").then().statusCode(200));
    }

    private static String key(Crit c) {
        return String.valueOf(c.id());
    }

    /** SCORING.md §3: 100 * sum(w * u) / sum(w) over the ranking criteria; means in the criteria's order. */
    private static double expected(List<Crit> ranking, double... means) {
        double weighted = 0;
        double sum = 0;
        for (int i = 0; i < ranking.size(); i++) {
            weighted += ranking.get(i).weight() * ranking.get(i).u(means[i]);
            sum += ranking.get(i).weight();
        }
        return 100 * weighted / sum;
    }
}
