package kiku.backlog;

import static kiku.Api.MANAGER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import kiku.Api;
import kiku.scoring.Criteria;
import kiku.web.Browser;
import kiku.web.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The snapshot pages: the list, taking one through the form, and the diff against now or another snapshot. */
@QuarkusTest
class SnapshotPageTest {

    private long effect;
    private long first;
    private long second;

    @BeforeEach
    void ranked() {
        Criteria.reset();
        effect = Criteria.benefit("効果", 2);
        long department = Api.department("会議課");
        first = Api.issue(unique("首位<script>x</script>"), department);
        second = Api.issue(unique("次点"), department);
        Criteria.score(RATER, first, Map.of(effect, 5));
        Criteria.score(RATER, second, Map.of(effect, 3));
    }

    @Test
    void signedOutVisitorsAreSentToLoginAndViewersCannotTake() {
        Browser.visit(Map.of()).get("/snapshots").then().statusCode(303).header("Location", endsWith("/login"));
        PageSession viewer = PageSession.signIn(VIEWER);
        String html = viewer.page("/snapshots");
        assertTrue(html.contains("<h1>スナップショット</h1>") && html.contains("変更には manager の権限が必要です。"), html);
        assertFalse(html.contains("action=\"/snapshots\""), "no form for a viewer");
        viewer.post(viewer.form().formParam("name", "x"), "/snapshots").then().statusCode(403);
    }

    @Test
    void aManagerTakesASnapshotAndSeesItsDiffAgainstNowAndAnotherSnapshot() {
        PageSession manager = PageSession.signIn(MANAGER);
        manager.page("/snapshots");
        manager.post(manager.form().formParam("name", " "), "/snapshots").then().statusCode(400)
                .body(containsString("<small id=\"e-name\" class=\"field-error\">名前を入力してください"));
        String name = unique("第1回 優先度決定会議");
        Response taken = manager.post(manager.form().formParam("name", name), "/snapshots");
        taken.then().statusCode(303);
        String location = taken.header("Location");
        String path = location.substring(location.indexOf("/snapshots/"));

        String detail = manager.page(path);
        assertTrue(detail.contains("<h1>" + name + "</h1>") && detail.contains("スナップショット「" + name + "」を保存しました。"),
                detail);
        assertTrue(detail.contains("100.0%") && detail.contains("100.00") && detail.contains("50.00"),
                "criteria weights and totals");
        assertTrue(detail.contains("首位&lt;script&gt;x&lt;/script&gt;") && !detail.contains("<script>x"), "escaped");
        assertTrue(detail.contains("両方で順位がある課題（2 件）"), "nothing moved yet");

        Criteria.score(RATER, second, Map.of(effect, 5));
        long third = Api.issue(unique("追加"), Api.department("追加課"));
        Criteria.score(RATER, third, Map.of(effect, 1));
        Criteria.status(first, "DONE");
        String now = PageSession.signIn(VIEWER).page(path);
        assertTrue(now.contains("▲1"), "second moved up");
        assertTrue(now.contains("新たに順位が付いた課題（1 件）") && now.contains("順位から外れた課題（1 件）"), now);

        long id = Long.parseLong(path.replaceAll("^/snapshots/(\\d+).*", "$1"));
        String later = unique("第2回");
        long other = as(MANAGER).body(Map.of("name", later)).post("/api/v1/snapshots").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String against = PageSession.signIn(VIEWER).page("/snapshots/" + id + "?against=" + other);
        assertTrue(against.contains("<option value=\"" + other + "\" selected>" + later), "chosen snapshot selected");
        assertTrue(against.contains("▲1") && against.contains("順位から外れた課題（1 件）"), against);
        PageSession.signIn(VIEWER).get("/snapshots/" + id + "?against=abc").then().statusCode(400);
        PageSession.signIn(VIEWER).get("/snapshots/999999").then().statusCode(404);
        assertTrue(PageSession.signIn(VIEWER).page("/snapshots").contains(name), "listed");
        String english = PageSession.signIn(VIEWER).page(path.replace("?taken=1", "") + "?lang=en");
        assertTrue(english.contains("Ranked on both sides (1)") && english.contains("Compare with"), english);
    }
}
