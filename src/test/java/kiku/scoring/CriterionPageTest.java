package kiku.scoring;

import static kiku.Api.MANAGER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import kiku.web.Browser;
import kiku.web.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The criteria page: list with shares, the manager's forms, conflicts, bulk weights and AHP. */
@QuarkusTest
class CriterionPageTest {

    private long effect;
    private long urgency;

    @BeforeEach
    void criteria() {
        Criteria.reset();
        effect = Criteria.benefit("効果", 3);
        urgency = Criteria.benefit("緊急性", 1);
    }

    @Test
    void everybodyReadsWeightsAndSharesOnlyManagersGetForms() {
        Browser.visit(Map.of()).get("/criteria").then().statusCode(303).header("Location", endsWith("/login"));
        String viewer = PageSession.signIn(VIEWER).page("/criteria");
        assertTrue(viewer.contains("<h1>評価基準と重み</h1>") && viewer.contains("75.0%") && viewer.contains("25.0%"), viewer);
        assertTrue(viewer.contains("<rect class=\"fill\" width=\"75.00\""), "share bar");
        assertTrue(viewer.contains("変更には manager の権限が必要です。"), "read-only note");
        assertFalse(viewer.contains("action=\"/criteria/weights\"") || viewer.contains("action=\"/criteria\""), "no forms");
        String manager = PageSession.signIn(MANAGER).page("/criteria");
        assertTrue(manager.contains("action=\"/criteria/weights\"") && manager.contains("<label for=\"f-name\">名前"),
                "manager forms");
        assertTrue(PageSession.signIn(VIEWER).page("/criteria?lang=en").contains("Criteria and weights"), "English");
        String english = PageSession.signIn(MANAGER).page("/criteria?done=weights&lang=en");
        assertTrue(english.contains("Weights saved.") && english.contains("Left is moderately more important (3)"),
                english);
        assertTrue(PageSession.signIn(MANAGER).page("/criteria/" + effect + "?lang=en").contains("Delete the criterion"),
                "English edit page");
    }

    @Test
    void aManagerCreatesACriterionAndSeesMessagesNextToFields() {
        PageSession manager = PageSession.signIn(MANAGER);
        manager.page("/criteria");
        String name = unique("実現性");
        manager.post(manager.form().formParam("name", name).formParam("description", "<b>説明</b>")
                .formParam("weight", "2.5").formParam("minScore", "1").formParam("maxScore", "3")
                .formParam("direction", "COST").formParam("active", "true"), "/criteria")
                .then().statusCode(303).header("Location", endsWith("/criteria?done=created"));
        Map<String, Object> created = as(VIEWER).get("/api/v1/criteria?size=500").jsonPath()
                .getMap("items.find { it.name == '" + name + "' }");
        assertEquals(2.5f, ((Number) created.get("weight")).floatValue());
        assertEquals("COST", created.get("direction"));
        assertTrue(manager.page("/criteria?done=created").contains("評価基準を追加しました。"), "done message");
        assertTrue(manager.page("/criteria").contains("&lt;b&gt;説明&lt;/b&gt;"), "description escaped");

        manager.post(manager.form().formParam("name", " ").formParam("weight", "abc").formParam("minScore", "5")
                .formParam("maxScore", "1").formParam("direction", "BENEFIT"), "/criteria")
                .then().statusCode(400).body(containsString("<small id=\"e-name\" class=\"field-error\">入力してください"),
                        containsString("<small id=\"e-weight\" class=\"field-error\">0 以上の数を入力してください"),
                        containsString("value=\"abc\""));
        manager.post(manager.form().formParam("name", "x").formParam("weight", "1").formParam("minScore", "5")
                .formParam("maxScore", "1").formParam("direction", "BENEFIT"), "/criteria")
                .then().statusCode(400).body(containsString("id=\"e-maxScore\""));
        // what the select cannot send (a NUL was trimmed off and read as BENEFIT), and a hidden version forged
        for (String direction : List.of("BOGUS", "BENEFIT\u0000")) {
            manager.post(manager.form().formParam("name", "x").formParam("weight", "1").formParam("minScore", "1")
                    .formParam("maxScore", "5").formParam("direction", direction), "/criteria")
                    .then().statusCode(400).body(containsString("<small id=\"e-direction\" class=\"field-error\">"));
        }
        manager.post(edit(manager, "x", "abc"), "/criteria/" + effect).then().statusCode(400)
                .body(containsString("role=\"alert\" class=\"form-error\">更新するには読み込んだ version"));
        manager.post(manager.form().formParam("name", name).formParam("weight", "1").formParam("minScore", "1")
                .formParam("maxScore", "5").formParam("direction", "BENEFIT"), "/criteria")
                .then().statusCode(409).body(containsString("既にあります"));
    }

    @Test
    void aStaleEditShowsTheConflictKeepsTheInputAndCanBeReapplied() {
        PageSession manager = PageSession.signIn(MANAGER);
        String form = manager.page("/criteria/" + effect);
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        Criteria.update(effect, Map.of("description", "他の人の変更"));
        Response stale = manager.post(edit(manager, "私の名前", version), "/criteria/" + effect);
        stale.then().statusCode(409).body(containsString("他の人が先にこの評価基準を更新しました"),
                containsString("他の人の変更"), containsString("value=\"私の名前\""));
        String current = stale.asString().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        assertFalse(current.equals(version), "the form now carries the stored version");
        manager.post(edit(manager, "私の名前", current), "/criteria/" + effect).then().statusCode(303);
        assertEquals("私の名前", Criteria.read(effect).get("name"));

        manager.post(manager.form(), "/criteria/" + effect + "/delete").then().statusCode(400)
                .body(containsString("削除するには確認にチェックしてください"));
        manager.post(manager.form().formParam("confirm", "true"), "/criteria/" + effect + "/delete")
                .then().statusCode(303);
        as(VIEWER).get("/api/v1/criteria/" + effect).then().statusCode(404);
    }

    @Test
    void bulkWeightsAreSavedByManagersOnly() {
        PageSession manager = PageSession.signIn(MANAGER);
        manager.page("/criteria");
        manager.post(manager.form().formParam("wid", effect, urgency).formParam("w", "1", "-2"), "/criteria/weights")
                .then().statusCode(400).body(containsString("0 以上の数を入力してください"), containsString("value=\"-2\""));
        Object before = Criteria.read(effect).get("weight");
        manager.post(manager.form().formParam("wid", effect, urgency).formParam("w", "7"), "/criteria/weights")
                .then().statusCode(400).body(containsString("リクエストが正しくありません"));
        assertEquals(before, Criteria.read(effect).get("weight"), "one weight short: none saved");
        manager.post(manager.form().formParam("wid", effect, urgency).formParam("w", "1", "4"), "/criteria/weights")
                .then().statusCode(303).header("Location", endsWith("/criteria?done=weights"));
        assertEquals(4.0, ((Number) Criteria.read(urgency).get("weight")).doubleValue());
        PageSession viewer = PageSession.signIn(VIEWER);
        viewer.page("/criteria");
        viewer.post(viewer.form().formParam("wid", effect).formParam("w", "9"), "/criteria/weights")
                .then().statusCode(403);
        assertEquals(1.0, ((Number) Criteria.read(effect).get("weight")).doubleValue());
    }

    @Test
    void theAhpFragmentShowsWeightsAndConsistencyAndWarnsAboveTenPercent() {
        long third = Criteria.benefit("費用対効果", 1);
        PageSession viewer = PageSession.signIn(VIEWER);
        String page = viewer.page("/criteria");
        assertTrue(page.contains("<select id=\"pair-0\" name=\"pair\">") && page.contains("hx-get=\"/criteria/ahp\""),
                "pairwise form with htmx");
        assertTrue(page.contains("<option value=\"3\" selected>左がやや重要（3）</option>"), "choices from weights 3:1");

        String consistent = ahp(viewer, "3", "3", "1");
        assertTrue(consistent.contains("CR = 0.000") && consistent.contains("判断は整合しています"), consistent);
        assertTrue(consistent.contains("60.0%") && consistent.contains("20.0%"), "weights 3/5, 1/5, 1/5");
        assertFalse(consistent.contains("<html"), "a fragment, not a page");

        String inconsistent = ahp(viewer, "9", "1/9", "9");
        assertTrue(inconsistent.contains("が 0.10 以上です") && inconsistent.contains("role=\"alert\""), inconsistent);

        PageSession manager = PageSession.signIn(MANAGER);
        manager.page("/criteria");
        manager.post(manager.form().formParam("ids", effect, urgency, third).formParam("pair", "9", "1/9", "9"),
                "/criteria/ahp").then().statusCode(422).body(containsString("0.10 以上"),
                containsString("<option value=\"1/9\" selected>"));
        // comparisons that do not fit the criteria are refused, not replaced by the current weights
        double before = ((Number) Criteria.read(effect).get("weight")).doubleValue();
        manager.post(manager.form().formParam("ids", effect, urgency, third).formParam("pair", "3"),
                "/criteria/ahp").then().statusCode(400).body(containsString("3 組すべて"));
        manager.post(manager.form().formParam("ids", effect, urgency, third).formParam("pair", "3", "3", "1", "1"),
                "/criteria/ahp").then().statusCode(400);
        manager.post(manager.form().formParam("ids", effect, urgency).formParam("pair", "3", "3", "1"),
                "/criteria/ahp").then().statusCode(409).body(containsString("評価基準が変わりました"));
        assertEquals(before, ((Number) Criteria.read(effect).get("weight")).doubleValue(), 1e-9, "nothing applied");
        manager.post(manager.form().formParam("ids", effect, urgency, third).formParam("pair", "3", "3", "1"),
                "/criteria/ahp").then().statusCode(303).header("Location", endsWith("/criteria?done=ahp"));
        assertEquals(0.6, ((Number) Criteria.read(effect).get("weight")).doubleValue(), 1e-6);
        manager.post(manager.form().formParam("ids", effect, urgency, third).formParam("pair", "9", "1/9", "9")
                .formParam("accept", "true"), "/criteria/ahp").then().statusCode(303);
    }

    /** AHP takes 2 to 10 criteria: outside them the fragment says so (it was a 500 with 11). */
    @Test
    void theAhpFragmentExplainsWhenTheCriteriaDoNotFit() {
        PageSession viewer = PageSession.signIn(VIEWER);
        for (int i = 0; i < 9; i++) {
            Criteria.benefit("基準" + i, 1);
        }
        String eleven = viewer.request().get("/criteria/ahp").then().statusCode(200).extract().asString();
        assertTrue(eleven.contains("AHP には有効な評価基準が 2〜10 個必要です。"), eleven);
        assertTrue(viewer.page("/criteria").contains("AHP には有効な評価基準が 2〜10 個必要です。"));
        Criteria.reset();
        Criteria.benefit("一つだけ", 1);
        viewer.request().get("/criteria/ahp").then().statusCode(200).body(containsString("2〜10 個必要"));
    }

    private static String ahp(PageSession session, String... pairs) {
        List<Long> ids = as(VIEWER).get("/api/v1/criteria").jsonPath().getList("items.id", Long.class);
        return session.request().queryParam("ids", ids).queryParam("pair", List.of(pairs)).get("/criteria/ahp")
                .then().statusCode(200).body(not(containsString("<body"))).extract().asString();
    }

    private static io.restassured.specification.RequestSpecification edit(PageSession s, String name, String version) {
        return s.form().formParam("name", name).formParam("weight", "3").formParam("minScore", "1")
                .formParam("maxScore", "5").formParam("direction", "BENEFIT").formParam("active", "true")
                .formParam("version", version);
    }
}
