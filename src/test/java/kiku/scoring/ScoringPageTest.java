package kiku.scoring;

import static kiku.Api.MANAGER;
import static kiku.Api.RATER;
import static kiku.Api.RATER2;
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
import kiku.Api;
import kiku.web.Browser;
import kiku.web.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scoring sheet: saving a row and the whole sheet, scale checks, the filter and blind scoring. */
@QuarkusTest
class ScoringPageTest {

    private long effect;
    private long cost;
    private long department;

    @BeforeEach
    void criteria() {
        Criteria.reset();
        effect = Criteria.benefit("効果", 2);
        cost = Criteria.create("費用", 1, 0, 10, "COST");
        department = Api.department("採点課");
    }

    @Test
    void signedOutVisitorsAreSentToLogin() {
        Browser.visit(Map.of()).get("/scoring").then().statusCode(303).header("Location", endsWith("/login"));
    }

    @Test
    void theSheetShowsCriteriaWithScalesAndTheRatersOwnValues() {
        long issue = Api.issue(unique("採点シートの課題"), department);
        Criteria.score(RATER, issue, Map.of(effect, 4));
        String html = PageSession.signIn(RATER).page("/scoring");
        assertTrue(html.contains("<h1>採点シート</h1>"), html);
        assertTrue(html.contains("1〜5 · 高いほど良い") && html.contains("0〜10 · 高いほど負担が大きい（コスト）"), "scales");
        assertTrue(html.contains("0 / "), "nothing fully scored yet");
        assertTrue(html.contains("id=\"v-" + issue + "-" + effect + "\" value=\"4\""), "own value prefilled");
        assertTrue(html.contains("id=\"v-" + issue + "-" + cost + "\" value=\"\""), "empty cell");
        assertTrue(html.contains("aria-labelledby=\"i-" + issue + " c-" + effect + "\""), "cells are labelled");
        assertTrue(html.contains("name=\"csrf-token\""), "the form carries the CSRF token");
        assertFalse(html.contains("<script>"), "no inline script");
        String english = PageSession.signIn(RATER).page("/scoring?lang=en");
        assertTrue(english.contains("Scoring sheet") && english.contains("1–5 · higher is better"), english);
    }

    @Test
    void aRowSavesThroughHtmxAndTheWholeSheetInOnePost() {
        long first = Api.issue(unique("一行目"), department);
        long second = Api.issue(unique("二行目"), department);
        PageSession rater = PageSession.signIn(RATER);
        rater.page("/scoring");

        Response row = rater.post(rater.form().header("HX-Request", "true").formParam("k", first + ":" + effect,
                first + ":" + cost).formParam("v", "５", "3"), "/scoring/rows/" + first);
        row.then().statusCode(200).header("HX-Trigger", "kiku-scored")
                .body(containsString("<tr id=\"row-" + first + "\""), containsString("value=\"5\""),
                        containsString("保存しました"));
        assertEquals(Map.of(effect, 5, cost, 3), own(RATER, first));

        Response all = rater.post(rater.form().formParam("k", first + ":" + effect, first + ":" + cost,
                second + ":" + effect, second + ":" + cost).formParam("v", "4", "3", "2", "8"), "/scoring");
        all.then().statusCode(303).header("Location", containsString("/scoring?saved=2"));
        assertEquals(Map.of(effect, 4, cost, 3), own(RATER, first));
        assertEquals(Map.of(effect, 2, cost, 8), own(RATER, second));
        String html = rater.page("/scoring?saved=2");
        assertTrue(html.contains("2 行を保存しました。") && html.contains("2 / "), "saved rows and progress");
        assertTrue(html.contains("id=\"v-" + second + "-" + cost + "\" value=\"8\""), "saved value shown");

        String todo = rater.page("/scoring?only=unscored");
        assertFalse(todo.contains("id=\"row-" + first + "\""), "fully scored issue filtered out");
    }

    @Test
    void theSheetIsPagedNewestFirstAndSavingComesBackToThePage() {
        long older = Api.issue(unique("古い課題"), department);
        long newer = Api.issue(unique("新しい課題"), department);
        PageSession rater = PageSession.signIn(RATER);
        String first = rater.page("/scoring?size=1");
        assertEquals(1, first.split("<tr id=\"row-").length - 1, "one row per page of size 1");
        assertTrue(first.contains("id=\"row-" + newer + "\""), "newest first");
        assertTrue(first.contains("href=\"/scoring?page=1&amp;size=1\""), "a link to the next page");
        assertTrue(rater.page("/scoring?size=1&page=1").contains("id=\"row-" + older + "\""), "second page");

        rater.post(rater.form().formParam("k", older + ":" + effect).formParam("v", "3").formParam("page", "1")
                .formParam("size", "1"), "/scoring").then().statusCode(303)
                .header("Location", containsString("page=1&size=1"));
        rater.get("/scoring?size=0").then().statusCode(400);
        // a return page the form could not have sent: the scores are saved, and the save returns to the first page
        rater.post(rater.form().formParam("k", newer + ":" + effect).formParam("v", "2").formParam("page", "-1")
                .formParam("size", "abc"), "/scoring").then().statusCode(303)
                .header("Location", containsString("saved=1&page=0&size=100"));
        assertEquals(Map.of(effect, 2), own(RATER, newer));
        // a sheet of 100 rows posts some 1,600 fields: as multipart (like the page's form) they pass,
        // while URL-encoded forms stop at RESTEasy's fixed 1,000 with a 413, never a 500
        io.restassured.specification.RequestSpecification big = rater.multipart().multiPart("k", older + ":" + cost)
                .multiPart("v", "7");
        for (int i = 0; i < 1200; i++) {
            big.multiPart("padding", "x");
        }
        rater.post(big, "/scoring").then().statusCode(303);
        assertEquals(Map.of(effect, 3, cost, 7), own(RATER, older));
        List<String> tooMany = java.util.Collections.nCopies(600, older + ":" + effect);
        rater.post(rater.form().formParam("k", tooMany).formParam("v", tooMany), "/scoring").then().statusCode(413);
        rater.get("/scoring?page=-1").then().statusCode(400);
    }

    @Test
    void offScaleAndNonNumericValuesAreRefusedNextToTheirCells() {
        long issue = Api.issue(unique("範囲外"), department);
        long fine = Api.issue(unique("正しい行"), department);
        PageSession rater = PageSession.signIn(RATER);
        rater.page("/scoring");
        Response answer = rater.post(rater.form().formParam("k", issue + ":" + effect, issue + ":" + cost,
                fine + ":" + effect).formParam("v", "9", "x", "3"), "/scoring");
        answer.then().statusCode(400).body(containsString("1〜5 の範囲で入力してください"),
                containsString("整数を入力してください"), containsString("value=\"9\""),
                containsString("1 行は保存できませんでした"), containsString("aria-invalid=\"true\""));
        assertEquals(Map.of(), own(RATER, issue));
        assertEquals(Map.of(effect, 3), own(RATER, fine), "valid rows of the sheet are saved");

        rater.post(rater.form().header("HX-Request", "true").formParam("k", issue + ":" + effect)
                .formParam("v", "0"), "/scoring/rows/" + issue).then().statusCode(400)
                .body(containsString("1〜5 の範囲で入力してください"));
        rater.page("/scoring?lang=en");
        rater.post(rater.form().formParam("k", issue + ":" + effect).formParam("v", "6"), "/scoring?lang=en")
                .then().statusCode(400).body(containsString("Enter a value from 1 to 5"));
    }

    @Test
    void onlyRatersSaveAndOnlyWithTheToken() {
        long issue = Api.issue(unique("権限"), department);
        PageSession viewer = PageSession.signIn(VIEWER);
        String html = viewer.page("/scoring");
        assertTrue(html.contains("採点するには評価者（rater）の権限が必要です"), "read-only sheet");
        assertFalse(html.contains("name=\"v\""), "no inputs for a viewer");
        viewer.post(viewer.form().formParam("k", issue + ":" + effect).formParam("v", "3"), "/scoring")
                .then().statusCode(403);
        PageSession rater = PageSession.signIn(RATER);
        rater.page("/scoring");
        Response forged = rater.request().contentType("application/x-www-form-urlencoded")
                .formParam("k", issue + ":" + effect).formParam("v", "3").post("/scoring");
        assertEquals(400, forged.statusCode());
        assertEquals(Map.of(), own(RATER, issue));
    }

    @Test
    void othersScoresStayHiddenUntilTheRaterHasScoredEveryCriterion() {
        long issue = Api.issue(unique("ブラインド"), department);
        Criteria.score(RATER2, issue, Map.of(effect, 1, cost, 10));
        String otherRow = "<th scope=\"row\">" + RATER2 + "</th>";
        PageSession rater = PageSession.signIn(RATER);

        String page = rater.page("/issues/" + issue);
        assertFalse(page.contains(otherRow), "other rater hidden on the issue page");
        assertTrue(page.contains("他の評価者の採点は、この課題をすべての基準で採点すると表示されます。"), page);
        assertFalse(rowOf(rater.page("/scoring"), issue).contains("全員の平均"), "means hidden on the sheet");

        Criteria.score(RATER, issue, Map.of(effect, 5));
        assertFalse(rater.page("/issues/" + issue).contains(otherRow), "still hidden after one criterion");
        assertTrue(rater.page("/issues/" + issue).contains("<th scope=\"row\">" + RATER + "</th>"), "own row shown");

        Criteria.score(RATER, issue, Map.of(effect, 5, cost, 4));
        assertTrue(rater.page("/issues/" + issue).contains(otherRow), "shown once fully scored");
        String row = rowOf(rater.page("/scoring"), issue);
        assertTrue(row.contains("全員の平均 3.0（2 人）") && row.contains("全員の平均 7.0（2 人）"), row);

        for (String reader : List.of(VIEWER, MANAGER)) {
            long other = Api.issue(unique("閲覧者"), department);
            Criteria.score(RATER2, other, Map.of(effect, 2));
            PageSession session = PageSession.signIn(reader);
            assertTrue(session.page("/issues/" + other).contains(otherRow), reader + " sees every rater");
            assertTrue(rowOf(session.page("/scoring"), other).contains("2.0"), reader + " sees the means");
        }
    }

    @Test
    void theBacklogAndTheIssueHeaderHideTotalsFromARaterWhoHasNotScored() {
        String title = unique("ブラインド順位");
        long issue = Api.issue(title, department);
        Criteria.score(RATER2, issue, Map.of(effect, 4, cost, 3));
        PageSession rater = PageSession.signIn(RATER);
        String blinded = "自分で採点するまで非表示（ブラインド採点）";

        String row = backlogRow(rater.page("/backlog?q=" + title), issue);
        assertTrue(row.contains(blinded), row);
        assertFalse(row.contains("4.0"), "the other rater's mean stays hidden: " + row);
        assertTrue(rater.page("/issues/" + issue).contains("合計点は自分で採点すると表示されます"), "header hides the total");

        Criteria.score(RATER, issue, Map.of(effect, 2, cost, 3));
        row = backlogRow(rater.page("/backlog?q=" + title), issue);
        assertFalse(row.contains(blinded), row);
        assertTrue(row.contains("3.0"), "means shown once scored: " + row);
        assertFalse(rater.page("/issues/" + issue).contains("合計点は自分で採点すると表示されます"), "header shows the total");
        assertFalse(backlogRow(PageSession.signIn(VIEWER).page("/backlog?q=" + title), issue).contains(blinded), "viewers are not blinded");
    }

    @Test
    void hostileTitlesAreText() {
        String title = unique("T") + "<script>alert(1)</script><img src=x onerror=alert(1)>";
        long issue = Api.issue(title, department);
        String html = PageSession.signIn(RATER).page("/scoring");
        assertFalse(html.contains("<script>alert") || html.contains("<img src=x"), "raw markup");
        assertTrue(rowOf(html, issue).contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped title");
    }

    /** The rater's own values of an issue, from the API: criterion id to value. */
    private static Map<Long, Integer> own(String rater, long issue) {
        List<Map<String, Object>> raters = as(VIEWER).get("/api/v1/issues/" + issue + "/scores").then()
                .statusCode(200).extract().jsonPath().getList("raters");
        Map<Long, Integer> values = new java.util.HashMap<>();
        raters.stream().filter(r -> rater.equals(r.get("username"))).forEach(r -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> scores = (List<Map<String, Object>>) r.get("scores");
            scores.forEach(s -> values.put(((Number) s.get("criterionId")).longValue(), (Integer) s.get("value")));
        });
        return values;
    }

    private static String backlogRow(String html, long issue) {
        int link = html.indexOf("<a href=\"/issues/" + issue + "\">");
        assertTrue(link >= 0, "backlog row of issue " + issue + ": " + html);
        int start = html.lastIndexOf("<tr>", link);
        return html.substring(start, html.indexOf("</tr>", link));
    }

    private static String rowOf(String html, long issue) {
        int start = html.indexOf("<tr id=\"row-" + issue + "\"");
        assertTrue(start >= 0, "row of issue " + issue);
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
