package kiku.scoring;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.RATER2;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.web.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A derived criterion on the pages: read-only in the scoring sheet and on the issue, set up on /criteria. */
@QuarkusTest
class DerivedCriterionPageTest {

    private long effect;
    private long reach;
    private long issue;

    @BeforeEach
    void setUp() {
        Criteria.reset();
        effect = Criteria.benefit("効果", 1);
        reach = DerivedCriterionApiTest.derived("DEPARTMENTS", 1, 3, List.of(2, 3));
        long a = Api.department("算出課");
        long b = Api.department("算出係");
        issue = as(OFFICER).body(Map.of("title", unique("算出の課題"), "departmentIds", List.of(a, b)))
                .post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theSheetShowsTheComputedValueWithoutAnInputEvenBeforeTheRaterScored() {
        PageSession rater = PageSession.signIn(RATER);
        String html = rater.page("/scoring");
        assertTrue(html.contains("部署数から算出: 2/3"), "the rule in the column header");
        String row = rowOf(html, issue);
        assertFalse(row.contains("id=\"v-" + issue + "-" + reach + "\""), "no input for a computed criterion");
        assertTrue(row.contains("id=\"v-" + issue + "-" + effect + "\""), "the scored criterion keeps its input");
        assertTrue(row.contains("c-" + reach + "\">2</output>"), row);
        assertTrue(rater.page("/scoring?lang=en").contains("Computed from departments: 2/3"), "English");

        // a forged cell for the computed criterion is ignored, never saved as a person's score
        rater.post(rater.form().formParam("k", issue + ":" + reach).formParam("v", "3"), "/scoring")
                .then().statusCode(303);
        assertNull(DerivedCriterionApiTest.aggregate(issue, effect));
        assertEquals(1, DerivedCriterionApiTest.aggregate(issue, reach).get("count"), "only the computed value");

        // scoring the one scored criterion completes the row: the computed one needs nobody
        rater.post(rater.form().formParam("k", issue + ":" + effect).formParam("v", "4"), "/scoring")
                .then().statusCode(303);
        assertFalse(rater.page("/scoring?only=unscored").contains("id=\"row-" + issue + "\""), "complete");
        Criteria.score(RATER2, issue, Map.of(effect, 2));
        assertTrue(rater.page("/issues/" + issue).contains("<th scope=\"row\">" + RATER2 + "</th>"),
                "blind scoring lifts once every scored criterion is done");
    }

    @Test
    void theIssuePageShowsTheComputedValueToEveryone() {
        String viewer = PageSession.signIn(VIEWER).page("/issues/" + issue);
        assertTrue(viewer.contains("部署数から算出: 2/3") && viewer.contains("<td class=\"num\">2.0</td>"), viewer);
        Criteria.score(RATER2, issue, Map.of(effect, 5));
        String blinded = PageSession.signIn(RATER).page("/issues/" + issue);
        assertFalse(blinded.contains("<th scope=\"row\">" + RATER2 + "</th>"), "others stay hidden");
        assertTrue(blinded.contains("<th scope=\"row\">算出値</th>") && blinded.contains("<td class=\"num\">2.0</td>"),
                "the computed value is nobody's judgement, so it stays visible");
        assertFalse(blinded.contains("<td class=\"num\">5.0</td>"), "the other rater's mean is hidden");
    }

    @Test
    void aManagerSetsUpAComputedCriterionAndSeesWhatIsWrong() {
        PageSession manager = PageSession.signIn(MANAGER);
        String list = manager.page("/criteria");
        assertTrue(list.contains("<select id=\"f-source\" name=\"source\"") && list.contains("id=\"f-thresholds\""));
        assertTrue(list.contains("部署数から算出: 2/3") && list.contains("評価者が採点"), "the list shows each source");

        String name = unique("年間時間");
        manager.post(form(manager, name, "ANNUAL_HOURS", "１０、 100, 500,1000"), "/criteria").then().statusCode(303)
                .header("Location", endsWith("done=created"));
        Map<String, Object> created = as(VIEWER).get("/api/v1/criteria?size=500").jsonPath()
                .getMap("items.find { it.name == '" + name + "' }");
        assertEquals("ANNUAL_HOURS", created.get("source"));
        assertEquals(List.of(10.0f, 100.0f, 500.0f, 1000.0f), created.get("thresholds"));

        manager.post(form(manager, unique("x"), "ANNUAL_HOURS", "10, abc"), "/criteria").then().statusCode(400)
                .body(containsString("<small id=\"e-thresholds\" class=\"field-error\">0 以上の数を入力してください"),
                        containsString("value=\"10, abc\""));
        manager.post(form(manager, unique("x"), "DEPARTMENTS", "2, 4"), "/criteria").then().statusCode(400)
                .body(containsString("<small id=\"e-thresholds\" class=\"field-error\">算出する評価基準には"));
        manager.post(form(manager, unique("x"), "DEPARTMENTS", "4, 3, 2, 1"), "/criteria").then().statusCode(400)
                .body(containsString("小さい順"));
        manager.post(form(manager, unique("x"), "BOGUS", ""), "/criteria").then().statusCode(400)
                .body(containsString("id=\"e-source\""));
        // a scored criterion ignores what is left in the thresholds field
        manager.post(form(manager, unique("採点"), "SCORED", "1, 2"), "/criteria").then().statusCode(303);

        String edit = manager.page("/criteria/" + reach);
        assertTrue(edit.contains("value=\"2, 3\"") && edit.contains("<option value=\"DEPARTMENTS\" selected>"), edit);

        Criteria.score(RATER, issue, Map.of(effect, 3));
        Map<String, Object> stored = Criteria.read(effect);
        manager.post(form(manager, (String) stored.get("name"), "DEPARTMENTS", "2, 3, 4, 5")
                .formParam("version", String.valueOf(stored.get("version"))), "/criteria/" + effect)
                .then().statusCode(409).body(containsString("評価者の採点があるため"));
    }

    private static io.restassured.specification.RequestSpecification form(PageSession session, String name,
                                                                          String source, String thresholds) {
        return session.form().formParam("name", name).formParam("weight", "1").formParam("minScore", "1")
                .formParam("maxScore", "5").formParam("direction", "BENEFIT").formParam("active", "true")
                .formParam("source", source).formParam("thresholds", thresholds);
    }

    private static String rowOf(String html, long issue) {
        int start = html.indexOf("<tr id=\"row-" + issue + "\"");
        assertTrue(start >= 0, "row of issue " + issue);
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
