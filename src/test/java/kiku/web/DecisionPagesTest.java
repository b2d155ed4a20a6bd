package kiku.web;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.web.Forms.escaped;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiku.Api;
import kiku.scoring.Criteria;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The decision pages of issue 5: rank overrides, the value–effort matrix and the robustness page. */
@QuarkusTest
class DecisionPagesTest {

    private long quickWin;
    private long heavy;
    private long noHours;
    private String hostileTitle;

    /** effect (BENEFIT, 2) and cost (COST, 1): quickWin (5, 1), heavy (4, 5), noHours (1, 2). */
    @BeforeEach
    void threeIssues() {
        Criteria.reset();
        long effect = Criteria.benefit("効果", 2);
        long cost = Criteria.create("費用", 1, 1, 5, "COST");
        long department = Api.department("判断課");
        hostileTitle = unique("T") + HostileText.HOSTILE;
        quickWin = Criteria.issue(hostileTitle, department, Map.of("annualHours", 400));
        heavy = Criteria.issue(unique("大規模な改修"), department, Map.of("annualHours", 100));
        noHours = Api.issue(unique("時間未入力"), department);
        Criteria.score(RATER, quickWin, Map.of(effect, 5, cost, 1));
        Criteria.score(RATER, heavy, Map.of(effect, 4, cost, 5));
        Criteria.score(RATER, noHours, Map.of(effect, 1, cost, 2));
    }

    @AfterEach
    void clearOverrides() {
        for (long id : List.of(quickWin, heavy, noHours)) {
            as(MANAGER).delete("/api/v1/issues/" + id + "/override");
        }
    }

    @Test
    void aManagerOverridesARankOnThePageAndTheReasonShowsAsText() {
        PageSession viewer = PageSession.signIn(VIEWER);
        String readOnly = viewer.page("/backlog/overrides/" + noHours);
        assertFalse(readOnly.contains("action=\"/backlog/overrides/" + noHours + "\""), "no form for a viewer");
        assertFalse(viewer.page("/issues/" + noHours).contains("/backlog/overrides/"), "no link for a viewer");

        PageSession manager = PageSession.signIn(MANAGER);
        assertTrue(manager.page("/issues/" + noHours).contains("href=\"/backlog/overrides/" + noHours + "\""));
        String form = manager.page("/backlog/overrides/" + noHours);
        assertTrue(form.contains("<option value=\"" + quickWin + "\""), "ranked issues to choose from");
        manager.post(manager.form().formParam("side", "above").formParam("anchor", quickWin).formParam("reason", " "),
                "/backlog/overrides/" + noHours).then().statusCode(400).body(containsString("必須項目です"));
        manager.post(manager.form().formParam("side", "above").formParam("anchor", "x").formParam("reason", "理由"),
                "/backlog/overrides/" + noHours).then().statusCode(400);
        manager.post(manager.form().formParam("side", "above").formParam("anchor", quickWin)
                        .formParam("reason", "理由\u0000\u0007\u001b[31m"), "/backlog/overrides/" + noHours)
                .then().statusCode(400).body(containsString("制御文字"));
        as(VIEWER).get("/api/v1/issues/" + noHours + "/override").then().statusCode(404);
        manager.post(manager.form().formParam("side", "BOGUS").formParam("anchor", quickWin).formParam("reason", "理由"),
                "/backlog/overrides/" + noHours).then().statusCode(400).body(containsString("form-error"));
        as(VIEWER).get("/api/v1/issues/" + noHours + "/override").then().statusCode(404);
        String reason = "R" + HostileText.HOSTILE;
        manager.post(manager.form().formParam("side", "above").formParam("anchor", quickWin).formParam("reason", reason)
                .formParam("version", ""), "/backlog/overrides/" + noHours).then().statusCode(303)
                .header("Location", endsWith("/backlog/overrides/" + noHours));
        viewer.post(viewer.form().formParam("side", "below").formParam("anchor", heavy).formParam("reason", "x"),
                "/backlog/overrides/" + noHours).then().statusCode(403);

        for (String path : List.of("/backlog", "/report", "/backlog/overrides/" + noHours, "/issues/" + noHours)) {
            String html = viewer.page(path);
            HostileText.assertNoMarkup(html);
            assertTrue(html.contains(escaped(reason)), "reason shown as text on " + path);
            assertTrue(html.contains("⚑"), "override marked on " + path);
        }
        String backlog = viewer.page("/backlog");
        assertTrue(backlog.contains("計算上の順位は 3 位"), "computed rank beside the override");
        assertTrue(backlog.indexOf("/issues/" + noHours + "\"") < backlog.indexOf("/issues/" + quickWin + "\""));

        // a stale version is a conflict shown on the page; the stored one is read again
        manager.page("/backlog/overrides/" + noHours);
        manager.post(manager.form().formParam("side", "below").formParam("anchor", heavy).formParam("reason", "変更")
                .formParam("version", "5"), "/backlog/overrides/" + noHours).then().statusCode(409)
                .body(containsString("他の人が先に更新しました"));
        manager.post(manager.form(), "/backlog/overrides/" + noHours + "/delete").then().statusCode(303);
        assertFalse(viewer.page("/backlog").contains("⚑"), "back to the computed order");
    }

    @Test
    void theMatrixDrawsEveryRankedIssueAsALinkedBubble() {
        PageSession viewer = PageSession.signIn(VIEWER);
        String html = viewer.page("/matrix");
        HostileText.assertNoMarkup(html);
        assertTrue(html.contains("<svg class=\"matrix\""));
        for (String quadrant : List.of("早期着手", "計画実施", "余力で実施", "見送り候補")) {
            assertTrue(html.contains(quadrant), quadrant);
        }
        for (long id : List.of(quickWin, heavy, noHours)) {
            assertTrue(html.contains("<a href=\"/issues/" + id + "\">\n    <title>#" + id + " "), "bubble of " + id);
        }
        assertTrue(html.contains("<title>#" + quickWin + " " + escaped(hostileTitle)), "tooltip escaped");
        // quickWin: value 1, effort 0 -> top left corner (70, 20); noHours is hollow
        assertTrue(html.contains("cx=\"70.0\" cy=\"20.0\" r=\"28.0\""), "largest hours, top left");
        Matcher hollow = Pattern.compile("<title>#" + noHours + " [^<]*</title>\\s*<circle class=\"bubble s-NEW hollow\"")
                .matcher(html);
        assertTrue(hollow.find(), "an issue without hours is hollow");
        assertTrue(html.contains("新規"), "legend in words");
        assertTrue(viewer.page("/backlog").contains("href=\"/matrix\""));

        var points = as(VIEWER).get("/api/v1/backlog/matrix").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(quickWin, heavy, noHours), points.getList("points.issueId", Long.class));
        assertEquals(List.of("QUICK_WIN", "MAJOR_PROJECT", "FILL_IN"), points.getList("points.quadrant"));
        assertEquals(0.75, points.getDouble("points[1].value"), 1e-9);
        assertEquals(1.0, points.getDouble("points[1].effort"), 1e-9);
    }

    @Test
    void theRobustnessPageAnswersForBookmarkableSettings() {
        PageSession viewer = PageSession.signIn(VIEWER);
        String html = viewer.page("/robustness");
        HostileText.assertNoMarkup(html);
        assertTrue(html.contains("value=\"10\"") && html.contains("value=\"0.3\"") && html.contains("value=\"2000\""),
                "defaults of SCORING.md");
        assertTrue(html.contains("現在の上位 10 件") && html.contains(escaped(hostileTitle)));
        assertTrue(html.contains("aria-current=\"page\">確かさ"), "in the menu");

        String top1 = viewer.page("/robustness?k=1&p=0&samples=50&seed=7");
        assertTrue(top1.contains("現在の上位 1 件"));
        // p = 0: the leader is in the top 1 in every sample, with rank range 1–1
        assertTrue(top1.contains("<meter min=\"0\" max=\"1\" value=\"1.0\"></meter> 100.0%"), top1);
        assertTrue(top1.contains("1〜1 位"));
        assertTrue(top1.contains("顔ぶれが変わらない重みの範囲"));

        viewer.get("/robustness?k=0&p=1.5&samples=x&seed=y").then().statusCode(400)
                .body(containsString("0 以上 1 未満の数を入力してください"), containsString("整数を入力してください"),
                        containsString("value=\"1.5\""), containsString("aria-invalid=\"true\""));
        viewer.get("/robustness?p=abc&lang=en").then().statusCode(400).body(containsString("below 1"));
        Criteria.reset();
        viewer.get("/robustness?lang=ja").then().statusCode(422).body(containsString("順位を付けられません"));
    }
}
