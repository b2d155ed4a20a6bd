package kiku.plan;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kiku.Api;
import kiku.scoring.Criteria;
import kiku.web.Browser;
import kiku.web.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /plan and /roadmap: what a viewer reads, what a manager may change, and hostile titles shown as text. */
@QuarkusTest
class PlanPagesTest {

    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    private static final AtomicInteger YEARS = new AtomicInteger(2900);

    private int year;
    private long top;
    private long second;
    private long third;

    @BeforeEach
    void aYearWithCapacityAndCandidates() {
        year = YEARS.incrementAndGet();
        Criteria.reset();
        long effect = Criteria.benefit("効果", 1);
        long dept = Api.department("計画画面課");
        top = issue(unique("最上位") + HOSTILE, dept, 60, "FIRST");
        second = issue(unique("二番手"), dept, 50, null);
        third = issue(unique("三番手"), dept, 50, null);
        Criteria.score(RATER, top, Map.of(effect, 5));
        Criteria.score(RATER, second, Map.of(effect, 4));
        Criteria.score(RATER, third, Map.of(effect, 4));
        as(MANAGER).body(Map.of("budgetYen", 100, "staffHours", 100)).put("/api/v1/plan/capacities/" + year)
                .then().statusCode(201);
    }

    @Test
    void viewerReadsThePlanTheComparisonAndTheCutLineButGetsNoForms() {
        Browser.visit(Map.of()).get("/plan").then().statusCode(303).header("Location", endsWith("/login"));
        String html = PageSession.signIn(VIEWER).page("/plan?year=" + year);
        assertTrue(html.contains("<h1>年度計画 " + year + "年度</h1>"), html);
        assertTrue(html.contains(year + "年度 上期") && html.contains("href=\"/issues/" + top + "\""), html);
        assertTrue(html.contains("計画済みの費用 60 円 / 予算 100 円"), html);
        assertTrue(html.contains("<tr class=\"cut\"><td class=\"num\">2</td>"), "the cut line is marked: " + html);
        assertTrue(html.contains("順位順では 2 位「二番手"), "the cut line in words");
        assertFalse(html.contains("action=\"/plan/capacity\"") || html.contains("action=\"/plan/apply\""), html);
        assertTrue(html.contains("href=\"/plan\" aria-current=\"page\""), "nav marks the page");
        assertHostileTextIsEscaped(html);
        PageSession.signIn(VIEWER).get("/plan?year=abc").then().statusCode(400);
    }

    @Test
    void managerSetsTheCapacityAndAppliesTheSuggestion() {
        PageSession manager = PageSession.signIn(MANAGER);
        String html = manager.page("/plan?year=" + year);
        assertTrue(html.contains("action=\"/plan/capacity\"") && html.contains("action=\"/plan/apply\""), html);
        assertTrue(html.contains("name=\"issueIds\" value=\"" + second + "\"")
                && html.contains("name=\"issueIds\" value=\"" + third + "\""), "the suggestion's issues: " + html);

        manager.post(manager.form().formParam("year", year).formParam("budgetYen", "1,000")
                        .formParam("staffHours", "-3").formParam("version", "0"), "/plan/capacity")
                .then().statusCode(400);
        manager.page("/plan?year=" + year);
        manager.post(manager.form().formParam("year", year).formParam("budgetYen", "１２０")
                        .formParam("staffHours", "100").formParam("version", "0"), "/plan/capacity")
                .then().statusCode(303).header("Location", endsWith("/plan?year=" + year + "&saved=1"));
        as(VIEWER).get("/api/v1/plan/" + year).then().statusCode(200)
                .body("capacity.budgetYen", org.hamcrest.Matchers.equalTo(120));
        String conflict = manager.post(manager.form().formParam("year", year).formParam("budgetYen", "130")
                .formParam("staffHours", "100").formParam("version", "0"), "/plan/capacity").then().statusCode(409)
                .extract().asString();
        assertTrue(conflict.contains("class=\"form-error\""), conflict);

        manager.page("/plan?year=" + year);
        manager.post(manager.form().formParam("year", year).formParam("issueIds", second, third)
                .formParam("half", "SECOND"), "/plan/apply").then().statusCode(303)
                .header("Location", endsWith("/plan?year=" + year + "&applied=2"));
        as(VIEWER).get("/api/v1/issues/" + third).then().body("status", org.hamcrest.Matchers.equalTo("PLANNED"))
                .body("plannedHalf", org.hamcrest.Matchers.equalTo("SECOND"));
        assertTrue(manager.page("/plan?year=" + year + "&applied=2").contains("2 件をこの年度に計画しました。"));

        PageSession viewer = PageSession.signIn(VIEWER);
        viewer.page("/plan?year=" + year);
        viewer.post(viewer.form().formParam("year", year).formParam("budgetYen", "1").formParam("staffHours", "1"),
                "/plan/capacity").then().statusCode(403);
        viewer.post(viewer.form().formParam("year", year).formParam("issueIds", top), "/plan/apply")
                .then().statusCode(403);
    }

    @Test
    void roadmapListsYearsThenHalvesWithStatusAndRankAndPrintsInEnglishToo() {
        String html = PageSession.signIn(VIEWER).page("/roadmap");
        int at = html.indexOf("<h2 id=\"h-y" + year + "\">");
        assertTrue(at > 0, html);
        String section = html.substring(at, html.indexOf("</section>", at));
        assertTrue(section.contains("<h3>上期</h3>") && section.contains("href=\"/issues/" + top + "\"")
                && section.contains("順位 1"), section);
        assertHostileTextIsEscaped(html);
        String english = PageSession.signIn(VIEWER).page("/roadmap?lang=en");
        assertTrue(english.contains("FY" + year) && english.contains("<h3>First half</h3>"), english);
    }

    @Test
    void issueFormTakesEstimatesAndTheHalf() {
        PageSession officer = PageSession.signIn(OFFICER);
        String form = officer.page("/issues/" + second + "/edit");
        assertTrue(form.contains("name=\"estimatedCostYen\"") && form.contains("name=\"effortHours\"")
                && form.contains("name=\"plannedHalf\""), form);
        Map<String, Object> read = as(VIEWER).get("/api/v1/issues/" + second).jsonPath().getMap("");
        String saved = officer.post(officer.form().formParam("title", read.get("title"))
                .formParam("departmentIds", ((List<?>) read.get("departmentIds")).get(0))
                .formParam("status", "NEW").formParam("fiscalYear", year).formParam("plannedHalf", "SECOND")
                .formParam("estimatedCostYen", "1,500,000").formParam("effortHours", "12.5")
                .formParam("version", read.get("version")), "/issues/" + second + "/edit")
                .then().statusCode(303).extract().header("Location");
        assertTrue(saved.endsWith("/issues/" + second), saved);
        as(VIEWER).get("/api/v1/issues/" + second).then()
                .body("estimatedCostYen", org.hamcrest.Matchers.equalTo(1_500_000))
                .body("effortHours", org.hamcrest.Matchers.equalTo(12.5f))
                .body("plannedHalf", org.hamcrest.Matchers.equalTo("SECOND"));
        String page = officer.page("/issues/" + second);
        assertTrue(page.contains("1,500,000") && page.contains(year + "年度 下期"), page);
    }

    private int issue(String title, long dept, long cost, String half) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "departmentIds", List.of(dept),
                "estimatedCostYen", cost, "effortHours", 10));
        if (half != null) {
            body.put("fiscalYear", year);
            body.put("plannedHalf", half);
        }
        return as(OFFICER).body(body).post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getInt("id");
    }

    private static void assertHostileTextIsEscaped(String html) {
        assertFalse(html.contains("<script>alert") || html.contains("<img src=x"), "raw markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped title");
        assertEquals(-1, html.indexOf("onerror=alert(1)>"), "no live handler");
    }
}
