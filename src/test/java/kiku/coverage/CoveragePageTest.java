package kiku.coverage;

import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import kiku.web.Browser;
import kiku.web.PageSession;
import org.junit.jupiter.api.Test;

/** The coverage page: departments × months, never-heard departments first, open follow-ups. */
@QuarkusTest
class CoveragePageTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Test
    void signedOutVisitorsAreSentToLogin() {
        Browser.visit(Map.of()).get("/coverage").then().statusCode(303).header("Location", endsWith("/login"));
    }

    @Test
    void neverHeardDepartmentsComeFirstWithMonthsDaysAndFollowUps() {
        String heardName = unique("聴取済み課");
        String neverName = unique("未聴取課<script>alert(1)</script>");
        long heard = department(heardName);
        department(neverName);
        long done = hearing(heard, TODAY.minusDays(10), "DONE", "申請書の件数を確認");
        hearing(heard, TODAY, "PLANNED", "");

        String html = PageSession.signIn(VIEWER).page("/coverage");
        assertTrue(html.contains("<h1>ヒアリングの網羅状況</h1>"), html);
        String never = escaped(neverName);
        assertTrue(html.contains(never) && !html.contains("<script>alert(1)"), "name escaped");
        assertTrue(html.indexOf(never) < html.indexOf(heardName), "never heard listed before heard");
        assertTrue(html.indexOf(never) < html.indexOf("10 日前"), "never heard first");
        String row = html.substring(html.indexOf(heardName), html.indexOf("</tr>", html.indexOf(heardName)));
        assertTrue(row.contains("10 日前"), "days since the last hearing");
        assertTrue(row.contains(TODAY.getYear() + "年" + TODAY.getMonthValue() + "月" + TODAY.getDayOfMonth() + "日"),
                "next planned hearing");
        assertTrue(row.contains("○"), "planned mark");
        assertTrue(row.contains("●"), "held mark");
        assertTrue(row.contains("<a href=\"/hearings/" + done + "\">") && row.contains("申請書の件数を確認"), row);
        String neverRow = html.substring(html.indexOf(never), html.indexOf("</tr>", html.indexOf(never)));
        assertTrue(neverRow.contains("未ヒアリング"), "never-heard badge");
        assertFalse(neverRow.contains("●"), "no hearing marks");
        assertTrue(PageSession.signIn(VIEWER).page("/coverage?lang=en").contains("Hearing coverage"), "English");
    }

    private static long department(String name) {
        return as(OFFICER).body(Map.of("name", name, "kind", "DEPARTMENT")).post("/api/v1/departments").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long hearing(long department, LocalDate on, String status, String followUp) {
        return as(OFFICER).body(Map.of("departmentId", department, "heldOn", on.toString(), "status", status,
                        "followUp", followUp)).post("/api/v1/hearings").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
