package kiku.web;

import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.web.Browser.visit;
import static kiku.web.Forms.escaped;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** /hearings: list, details with safe Markdown notes, the notes editor (preview, drafts, 50,000 characters). */
@QuarkusTest
class HearingPagesTest {

    @Test
    void listFiltersByDepartmentAndDateNewestFirst() {
        long dept = Api.department("一覧課");
        long other = Api.department("他の課");
        long older = hearing(dept, "2023-05-01", "古い聞き手");
        long newer = hearing(dept, "2024-06-10", "新しい聞き手");
        hearing(other, "2024-06-11", "別の課の聞き手");
        Map<String, String> viewer = Browser.signIn(VIEWER);
        String html = Forms.page(viewer, "/hearings?department=" + dept);
        assertTrue(html.indexOf("/hearings/" + newer) < html.indexOf("/hearings/" + older), "newest first");
        assertTrue(html.contains("2024年6月10日") && html.contains("新しい聞き手"), html);
        assertFalse(html.contains("別の課の聞き手"), "other department filtered out");
        assertFalse(html.contains("/hearings/new"), "no write link for a viewer");
        String ranged = Forms.page(viewer, "/hearings?department=" + dept + "&from=2024-01-01&to=2024-12-31");
        assertTrue(ranged.contains("新しい聞き手") && !ranged.contains("古い聞き手"), ranged);
        String paged = Forms.page(viewer, "/hearings?department=" + dept + "&size=1");
        assertTrue(paged.contains("href=\"/hearings?department=" + dept + "&amp;page=1&amp;size=1\""), paged);
        visit(viewer).get("/hearings?from=yesterday").then().statusCode(400).body(containsString("<h1>エラー 400</h1>"));
    }

    @Test
    void detailShowsRoundNotesIssuesAndTheCreateIssueButton() {
        long dept = Api.department("詳細の課");
        long id = as(OFFICER).body(Map.of("departmentId", dept, "heldOn", "2024-04-01", "status", "DONE",
                "notes", "## 申請の流れ\n- 紙で受付\n- **押印**\n2行目", "participants", "課長、係長2名",
                "followUp", "件数を確認", "followUpDone", true)).post("/api/v1/hearings").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String title = unique("受付の電子化");
        long issue = as(OFFICER).body(Map.of("title", title, "departmentIds", List.of(dept), "hearingIds", List.of(id)))
                .post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
        String viewerHtml = Forms.page(Browser.signIn(VIEWER), "/hearings/" + id);
        assertTrue(viewerHtml.contains("<h2>申請の流れ</h2>") && viewerHtml.contains("<li><strong>押印</strong><br>"),
                viewerHtml);
        assertTrue(viewerHtml.contains("1 回目") && viewerHtml.contains("課長、係長2名") && viewerHtml.contains("対応済み"));
        assertTrue(viewerHtml.contains("<a href=\"/issues/" + issue + "\">" + title + "</a>"), viewerHtml);
        assertFalse(viewerHtml.contains("この件から課題を作成"), "no create button for a viewer");
        String officerHtml = Forms.page(Browser.signIn(OFFICER), "/hearings/" + id);
        assertTrue(officerHtml.contains("href=\"/issues/new?hearing=" + id + "&amp;department=" + dept
                + "\" role=\"button\">この件から課題を作成</a>"), officerHtml);
    }

    @Test
    void hostileNotesNeverBecomeMarkup() {
        long dept = Api.department("敵対的な課");
        String hostile = "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))"
                + " ![y](https://evil.example/t.png) <b onmouseover=alert(1)>b</b>";
        long id = as(OFFICER).body(Map.of("departmentId", dept, "heldOn", "2024-04-01", "notes", hostile,
                "interviewer", "<script>alert(2)</script>", "followUp", "<img src=x onerror=alert(3)>"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, String> officer = Browser.signIn(OFFICER);
        for (String path : List.of("/hearings/" + id, "/hearings/" + id + "/edit", "/hearings?department=" + dept,
                "/departments/" + dept)) {
            String html = Forms.page(officer, path);
            HostileText.assertNoMarkup(html);
            assertFalse(html.contains("evil.example/t.png\""), "no image from another host: " + path);
        }
        String detail = Forms.page(officer, "/hearings/" + id);
        assertTrue(detail.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && detail.contains("&lt;script&gt;alert(2)"));
        Forms.Opened form = Forms.open(officer, "/hearings/new");
        String preview = form.post("/hearings/preview", Map.of("notes", hostile)).then().statusCode(200).extract().asString();
        HostileText.assertNoMarkup(preview);
        assertTrue(preview.contains("&lt;img src=x onerror=alert(1)&gt;"), preview);
    }

    @Test
    void newFormPreselectsTheDepartmentAndKeepsADraft() {
        long dept = Api.department("事前選択課");
        Map<String, String> officer = Browser.signIn(OFFICER);
        String html = Forms.page(officer, "/hearings/new?department=" + dept);
        assertTrue(html.contains("<option value=\"" + dept + "\" selected>"), "department preselected");
        assertTrue(html.contains("data-draft=\"hearing-new\"") && html.contains("<script src=\"/js/draft.js\" defer></script>"));
        assertTrue(html.contains("<textarea id=\"f-notes\" name=\"notes\" rows=\"20\""), html);
        assertTrue(html.contains("data-hx-post=\"/hearings/preview\""), "live preview");
        assertFalse(html.matches("(?s).*<script(?![^>]*src=)[^>]*>.*"), "no inline script");
        assertFalse(java.util.regex.Pattern.compile("<[^>]*\\son[a-z]+\\s*=").matcher(html.replaceAll("\"[^\"]*\"", "\"\""))
                .find(), "no inline event handler");
        visit(officer).get("/js/draft.js").then().statusCode(200).body(containsString("localStorage"));
    }

    @Test
    void createThroughTheFormWithFiftyThousandCharacters() {
        long dept = Api.department("長文の課");
        String notes = "# 議事メモ\n" + "聞".repeat(49_990) + "\n終わり";
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/hearings/new");
        Response created = form.post("/hearings/new", Map.of("departmentId", dept, "heldOn", "2024-07-01", "status", "DONE",
                "interviewer", "青木", "notes", notes, "followUp", ""));
        created.then().statusCode(303).header("Location", matchesPattern(".*/hearings/\\d+\\?saved=new$"));
        String location = created.header("Location");
        long id = Long.parseLong(location.replaceAll(".*/hearings/(\\d+).*", "$1"));
        assertEquals(notes, as(VIEWER).get("/api/v1/hearings/" + id).jsonPath().getString("notes"));
        String after = Forms.page(form.cookies(), "/hearings/" + id + "?saved=new");
        assertTrue(after.contains("data-draft-clear=\"hearing-new\"") && after.contains("保存しました。"), "draft cleared");
    }

    @Test
    void invalidInputKeepsTheNotesAndShowsMessagesNextToFields() {
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/hearings/new");
        String notes = "大事なメモ <b>太字</b>\n2行目";
        String html = form.post("/hearings/new", Map.of("departmentId", "", "heldOn", "2024-13-45", "notes", notes))
                .then().statusCode(400).extract().asString();
        String dateMessage = "<small id=\"e-heldOn\" class=\"field-error\">1900-01-01 から 2999-12-31 までの日付を"
                + " YYYY-MM-DD 形式で入力してください。</small>";
        assertTrue(html.contains(dateMessage), html);
        // dates that would not come back as they were typed (before 1582, past what H2 keeps)
        for (String far : new String[] {"-0001-01-01", "+10000-01-01", "1899-12-31", "3000-01-01"}) {
            String refused = form.post("/hearings/new", Map.of("departmentId", "", "heldOn", far, "notes", notes))
                    .then().statusCode(400).extract().asString();
            assertTrue(refused.contains(dateMessage), far);
        }
        assertTrue(html.contains("aria-describedby=\"e-departmentId\""), html);
        assertTrue(html.contains(">\n" + escaped(notes) + "</textarea>"), "typed notes kept");
        assertTrue(html.contains("data-draft-state=\"submitted\""), "the draft script keeps what came back");
        String unknown = form.post("/hearings/new", Map.of("departmentId", "999999", "heldOn", "2024-01-01"))
                .then().statusCode(400).extract().asString();
        assertTrue(unknown.contains("<small id=\"e-departmentId\" class=\"field-error\">部署 999999 は存在しません。</small>"), unknown);
        // a NUL after an id was trimmed off with the spaces, and the id taken
        String nul = form.post("/hearings/new", Map.of("departmentId", "1\u0000", "heldOn", "2024-01-01"))
                .then().statusCode(400).extract().asString();
        assertTrue(nul.contains("<small id=\"e-departmentId\" class=\"field-error\">"), nul);
    }

    @Test
    void editConflictShowsBothVersionsAndDeleteRules() {
        long dept = Api.department("競合の課");
        long id = as(OFFICER).body(Map.of("departmentId", dept, "heldOn", "2024-04-01", "notes", "最初のメモ"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, String> officer = Browser.signIn(OFFICER);
        Forms.Opened edit = Forms.open(officer, "/hearings/" + id + "/edit");
        assertTrue(edit.html().contains("data-draft=\"hearing-" + id + "\""));
        as(OFFICER).body(Map.of("departmentId", dept, "heldOn", "2024-04-01", "notes", "他の人のメモ", "version", 0))
                .put("/api/v1/hearings/" + id).then().statusCode(200);
        Map<String, Object> mine = new HashMap<>(Map.of("departmentId", dept, "heldOn", "2024-04-02", "notes", "私のメモ",
                "version", "0"));
        String html = edit.post("/hearings/" + id + "/edit", mine).then().statusCode(409).extract().asString();
        assertTrue(html.contains("他の人が更新しました") && html.contains("<p>他の人のメモ</p>"), html);
        assertTrue(html.contains(">\n私のメモ</textarea>") && html.contains("name=\"version\" value=\"1\""), html);
        mine.put("version", "1");
        edit.post("/hearings/" + id + "/edit", mine).then().statusCode(303)
                .header("Location", endsWith("/hearings/" + id + "?saved=edit"));
        assertEquals("私のメモ", as(VIEWER).get("/api/v1/hearings/" + id).jsonPath().getString("notes"));

        Api.ensureUser(OFFICER, List.of("officer"));
        as(OFFICER).body(Map.of("title", unique("根拠つき"), "departmentIds", List.of(dept), "hearingIds", List.of(id)))
                .post("/api/v1/issues").then().statusCode(201);
        Forms.Opened delete = Forms.open(officer, "/hearings/" + id + "/delete");
        delete.post("/hearings/" + id + "/delete", Map.of()).then().statusCode(409)
                .body(containsString("課題の根拠になっているヒアリングは削除できません。"));
        long free = as(OFFICER).body(Map.of("departmentId", dept, "heldOn", "2024-05-01"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        delete.post("/hearings/" + free + "/delete", Map.of()).then().statusCode(303).header("Location", endsWith("/hearings"));
        as(VIEWER).get("/api/v1/hearings/" + free).then().statusCode(404);
    }

    @Test
    void rolesTokensAndSignedOutVisitors() {
        long dept = Api.department("権限の課");
        long id = hearing(dept, "2024-04-01", "聞き手");
        Map<String, String> viewer = Browser.signIn(VIEWER);
        for (String path : List.of("/hearings/new", "/hearings/" + id + "/edit", "/hearings/" + id + "/delete")) {
            visit(viewer).get(path).then().statusCode(403);
            visit(Map.of()).get(path).then().statusCode(303).header("Location", endsWith("/login"));
        }
        Forms.Opened page = Forms.open(viewer, "/hearings/" + id);
        page.post("/hearings/new", Map.of("departmentId", dept, "heldOn", "2024-01-01")).then().statusCode(403);
        Forms.Opened officer = Forms.open(Browser.signIn(OFFICER), "/hearings/new");
        officer.postWithoutToken("/hearings/new", Map.of("departmentId", dept, "heldOn", "2024-01-01")).then().statusCode(400);
        officer.postWithoutToken("/hearings/" + id + "/delete", Map.of("x", "1")).then().statusCode(400);
        as(VIEWER).get("/api/v1/hearings/" + id).then().statusCode(200);
    }

    private static long hearing(long dept, String date, String interviewer) {
        return as(OFFICER).body(Map.of("departmentId", dept, "heldOn", date, "interviewer", interviewer))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
