package kiku.backlog;

import static kiku.Api.MANAGER;
import static kiku.Api.RATER;
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
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.scoring.Criteria;
import kiku.web.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The backlog page's additions: rank change since the latest snapshot and what-if weights. */
@QuarkusTest
class BacklogPageTest {

    private long effect;
    private long urgency;
    private long department;
    private long first;
    private long second;

    /** Equal weights: first (5, 1) = 50, second (1, 4) = 37.5; with effect's weight 0 second leads. */
    @BeforeEach
    void twoIssues() {
        Criteria.reset();
        effect = Criteria.benefit("効果<b>", 1);
        urgency = Criteria.benefit("緊急性", 1);
        department = Api.department("優先順位課");
        first = Api.issue(unique("一位の課題"), department);
        second = Api.issue(unique("二位の課題"), department);
        Criteria.score(RATER, first, Map.of(effect, 5, urgency, 1));
        Criteria.score(RATER, second, Map.of(effect, 1, urgency, 4));
    }

    @Test
    void theWhatIfFragmentReRanksWithoutSaving() {
        PageSession viewer = PageSession.signIn(VIEWER);
        String page = viewer.page("/backlog");
        assertTrue(page.contains("重みの試算（保存されません）") && page.contains("hx-get=\"/backlog/preview\""), "controls");
        assertTrue(page.contains("<label for=\"w-" + effect + "\">効果&lt;b&gt;"), "labelled, escaped control");
        assertFalse(page.contains("formaction=\"/backlog/weights\""), "no save button for a viewer");

        String fragment = viewer.request().queryParam("wid", effect, urgency).queryParam("w", "0", "1")
                .get("/backlog/preview").then().statusCode(200).body(not(containsString("<html")))
                .extract().asString();
        assertTrue(fragment.contains("試算中の重みによる順位です"), fragment);
        assertTrue(fragment.indexOf("/issues/" + second + "\"") < fragment.indexOf("/issues/" + first + "\""),
                "second now ranks first");
        assertTrue(fragment.contains("▲1") && fragment.contains("▼1"), "movement shown");

        assertEquals(List.of(first, second), Criteria.ids(Criteria.backlog("?department=" + department)), "not saved");
        assertEquals(1.0, ((Number) Criteria.read(effect).get("weight")).doubleValue());

        viewer.request().queryParam("wid", effect).queryParam("w", "-1").get("/backlog/preview").then()
                .statusCode(400).body(containsString("0 以上の数を入力してください"));
        viewer.request().queryParam("wid", effect, urgency).queryParam("w", "0", "0").get("/backlog/preview").then()
                .statusCode(422).body(containsString("順位を付けられません"));
        viewer.page("/backlog");
        viewer.post(viewer.form().formParam("wid", effect, urgency).formParam("w", "0", "1"), "/backlog/preview")
                .then().statusCode(200).body(containsString("<html"), containsString("▲1"));
    }

    @Test
    void managersSaveTheTriedWeightsViewersMayNot() {
        PageSession viewer = PageSession.signIn(VIEWER);
        viewer.page("/backlog");
        viewer.post(viewer.form().formParam("wid", effect, urgency).formParam("w", "0", "1"), "/backlog/weights")
                .then().statusCode(403);
        assertEquals(1.0, ((Number) Criteria.read(effect).get("weight")).doubleValue());

        PageSession manager = PageSession.signIn(MANAGER);
        assertTrue(manager.page("/backlog").contains("formaction=\"/backlog/weights\""), "save button");
        manager.post(manager.form().formParam("department", department).formParam("wid", effect, urgency)
                .formParam("w", "0.5", "2"), "/backlog/weights").then().statusCode(303)
                .header("Location", endsWith("/backlog?department=" + department + "&saved=weights"));
        assertEquals(0.5, ((Number) Criteria.read(effect).get("weight")).doubleValue());
        assertEquals(2.0, ((Number) Criteria.read(urgency).get("weight")).doubleValue());
        assertTrue(manager.page("/backlog?saved=weights").contains("重みを保存しました。"), "confirmation");
    }

    @Test
    void ranksShowTheirChangeSinceTheLatestSnapshotAndExportsKeepFilters() {
        as(MANAGER).body(Map.of("name", unique("前回会議"))).post("/api/v1/snapshots").then().statusCode(201);
        Criteria.score(RATER, second, Map.of(effect, 5, urgency, 5));
        long third = Api.issue(unique("新しい課題"), department);
        Criteria.score(RATER, third, Map.of(effect, 1, urgency, 1));
        String html = PageSession.signIn(VIEWER).page("/backlog?department=" + department);
        assertTrue(html.contains("前回比") && html.contains("前回会議"), "since column and snapshot name");
        assertTrue(html.contains("▲1") && html.contains("▼1") && html.contains("新規"), html);
        String english = PageSession.signIn(VIEWER).page("/backlog?lang=en&department=" + department);
        assertTrue(english.contains("Since") && english.contains("up 1") && english.contains("What-if weights"), english);
        assertTrue(html.contains("/api/v1/backlog/export.csv?department=" + department)
                && html.contains("/api/v1/backlog/export.xlsx?department=" + department), "exports keep the filter");
    }
}
