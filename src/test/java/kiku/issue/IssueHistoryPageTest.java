package kiku.issue;

import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.scoring.Criteria;
import kiku.web.PageSession;
import org.junit.jupiter.api.Test;

/** The history section of the issue page, read from the audit trail. */
@QuarkusTest
class IssueHistoryPageTest {

    @Test
    void changesAreListedFieldByFieldNewestFirstWithoutScoreValues() {
        Criteria.reset();
        long effect = Criteria.benefit("履歴の基準", 1);
        String first = unique("履歴課");
        long department = Api.department(first);
        long other = Api.department("追加課");
        long issue = Api.issue(unique("押印の手間"), department);
        Map<String, Object> body = new HashMap<>(as(VIEWER).get("/api/v1/issues/" + issue).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        body.put("status", "ANALYZING");
        body.put("title", "<script>alert('履歴')</script>");
        body.put("departmentIds", List.of(department, other));
        as(OFFICER).body(body).put("/api/v1/issues/" + issue).then().statusCode(200);
        Criteria.score(RATER, issue, Map.of(effect, 4));

        String html = PageSession.signIn(VIEWER).page("/issues/" + issue);
        String history = html.substring(html.indexOf("<h2 id=\"h-history\">"));
        assertTrue(history.contains("<del>新規</del> → <ins>分析中</ins>"), history);
        assertTrue(history.contains("&lt;script&gt;alert(&#39;履歴&#39;)&lt;/script&gt;"), "escaped: " + history);
        assertFalse(history.contains("<script>alert"), "never markup");
        assertTrue(history.contains("<dt>部署</dt>") && history.contains(first), "department names: " + history);
        assertTrue(history.indexOf("採点") < history.indexOf("変更") && history.indexOf("変更") < history.indexOf("作成"),
                "newest first: " + history);
        assertTrue(history.contains(Api.RATER), "who scored");
        assertFalse(history.contains("<dd><ins>4</ins>"), "score values stay out");
    }
}
