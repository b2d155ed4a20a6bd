package kiku.report;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiku.Api;
import kiku.scoring.Criteria;
import kiku.web.Browser;
import kiku.web.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The city-wide report: totals, the top issues explained by contribution bars and evidence, then departments. */
@QuarkusTest
class ReportPageTest {

    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>";

    private long effect;
    private long cost;
    private long department;
    private long issue;

    @BeforeEach
    void rankedIssueWithEvidence() {
        Criteria.reset();
        effect = Criteria.benefit("効果", 3);
        cost = Criteria.create("費用", 1, 0, 10, "COST");
        department = Api.department("報告課");
        long hearing = as(OFFICER).body(Map.of("departmentId", department, "heldOn", "2024-05-10", "status", "DONE",
                        "notes", "\n  \n## 申請書は**紙**で月300件 " + HOSTILE + "\n次の行"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        issue = as(OFFICER).body(Map.of("title", unique("紙の申請書") + HOSTILE, "departmentIds", List.of(department),
                        "hearingIds", List.of(hearing), "annualHours", 120.5, "category", "紙・押印"))
                .post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
        // total = 100 · (3 · 0.75 + 1 · 0.8) / 4 = 76.25: effect adds 56.25, cost 20.00
        Criteria.score(RATER, issue, Map.of(effect, 4, cost, 2));
    }

    @Test
    void signedOutVisitorsAreSentToLoginAndBadTopIsA400() {
        Browser.visit(Map.of()).get("/report").then().statusCode(303).header("Location", endsWith("/login"));
        PageSession viewer = PageSession.signIn(VIEWER);
        viewer.get("/report?top=0").then().statusCode(400);
        viewer.get("/report?top=abc").then().statusCode(400);
    }

    @Test
    void topIssuesHaveContributionBarsThatAddUpToTheTotalAndAQuotedLine() {
        String html = PageSession.signIn(VIEWER).page("/report?top=5");
        assertTrue(html.contains("<h1>市全体の状況報告</h1>") && html.contains("優先順位 上位 5 件"), html);
        String top = section(html, "<article class=\"top-issue\" id=\"top-" + issue + "\">", "</article>");
        double total = Double.parseDouble(first(top, "<strong class=\"total\">([\\d.]+)</strong>"));
        assertEquals(76.25, total, 1e-9);
        Matcher points = Pattern.compile("<td class=\"num points\">([\\d.]+)</td>").matcher(top);
        double sum = 0;
        int bars = 0;
        while (points.find()) {
            sum += Double.parseDouble(points.group(1));
            bars++;
        }
        assertEquals(2, bars, "one bar per criterion");
        assertEquals(total, sum, 0.01 * bars, "bars add up to the total");
        assertTrue(top.contains("<rect class=\"fill\" width=\"56.25\"") && top.contains("width=\"20.00\""), top);
        assertTrue(top.contains("<p>「申請書は紙で月300件 alert(1)」</p>"), "quoted first line as plain text: " + top);
        assertTrue(top.contains("2024年5月10日"), "evidence source");
    }

    @Test
    void aStoredQuoteIsPreferredOverTheFirstLineOfTheNotes() {
        long hearing = as(VIEWER).get("/api/v1/issues/" + issue).jsonPath().getLong("hearingIds[0]");
        long later = as(OFFICER).body(Map.of("departmentId", department, "heldOn", "2024-01-10", "status", "DONE",
                "notes", "別の記録")).post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> body = new java.util.HashMap<>(as(VIEWER).get("/api/v1/issues/" + issue).jsonPath().getMap(""));
        body.remove("id");
        body.remove("mergedIntoId");
        body.put("hearingIds", List.of(hearing, later));
        body.put("evidence", List.of(Map.of("hearingId", later, "quote", "後のヒアリングの引用"),
                Map.of("hearingId", hearing, "quote", "窓口で毎朝30分 " + HOSTILE)));
        as(OFFICER).body(body).put("/api/v1/issues/" + issue).then().statusCode(200);
        String top = section(PageSession.signIn(VIEWER).page("/report?top=5"),
                "<article class=\"top-issue\" id=\"top-" + issue + "\">", "</article>");
        assertTrue(top.contains("<p>「窓口で毎朝30分 &lt;script&gt;alert(1)&lt;/script&gt;"), "the first stored quote by hearing: " + top);
        assertFalse(top.contains("申請書は紙で月300件") || top.contains("後のヒアリングの引用"), top);
        assertTrue(top.contains("2024年5月10日"), "its hearing is the source");
    }

    @Test
    void summaryAndDepartmentSections() {
        String html = PageSession.signIn(VIEWER).page("/report");
        assertTrue(html.contains("優先順位 上位 10 件") && html.contains("分類別の課題") && html.contains("状態別の課題"), html);
        assertTrue(html.contains(String.format(Locale.ROOT, "%.1f 時間", openHours())), "annual hours at stake");
        assertTrue(html.contains("<th scope=\"row\">紙・押印</th>"), "category listed");
        String section = section(html, "<section class=\"department\" id=\"department-" + department + "\">", "</section>");
        assertTrue(section.contains("2024年5月10日") && section.contains("<td class=\"num\">1</td>"), section);
        assertTrue(section.contains("76.25"), "issue with its total");
        String english = PageSession.signIn(VIEWER).page("/report?lang=en");
        assertTrue(english.contains("City-wide report") && english.contains("Held")
                && english.contains("Each bar is the points"), english);
        for (String raw : List.of("<script>alert", "<img src=x")) {
            assertFalse(html.contains(raw), "raw markup " + raw);
        }
    }

    /** Sum of annualHours over open issues, read through the API. */
    private static double openHours() {
        double sum = 0;
        for (int page = 0; ; page++) {
            var json = as(VIEWER).get("/api/v1/issues?size=500&page=" + page).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            for (Map<String, Object> i : items) {
                boolean open = List.of("NEW", "ANALYZING", "PLANNED", "IN_PROGRESS").contains(i.get("status"));
                if (open && i.get("annualHours") != null) {
                    sum += ((Number) i.get("annualHours")).doubleValue();
                }
            }
            if ((page + 1) * 500 >= json.getLong("totalItems")) {
                return sum;
            }
        }
    }

    private static String section(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, start + " in " + html);
        return html.substring(from, html.indexOf(end, from));
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), regex);
        return m.group(1);
    }
}
