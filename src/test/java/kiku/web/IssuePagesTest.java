package kiku.web;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.web.Browser.visit;
import static kiku.web.Forms.escaped;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** /issues: the list, the issue form (departments, hearings, suggestions, similar issues), edits and merges. */
@QuarkusTest
class IssuePagesTest {

    @Test
    void listFiltersAndLinksEveryIssue() {
        long dept = Api.department("課題一覧課");
        String first = unique("窓口の待ち時間");
        String second = unique("紙の台帳");
        long firstId = Api.issue(first, dept);
        long secondId = Api.issue(second, dept);
        as(OFFICER).body(Map.of("title", second, "departmentIds", List.of(dept), "status", "DONE", "version", 0))
                .put("/api/v1/issues/" + secondId).then().statusCode(200);
        Map<String, String> viewer = Browser.signIn(VIEWER);
        String all = Forms.page(viewer, "/issues?department=" + dept);
        assertTrue(all.contains("<a href=\"/issues/" + firstId + "\">" + first + "</a>")
                && all.contains("<a href=\"/issues/" + secondId + "\">" + second + "</a>"), all);
        assertFalse(all.contains("/issues/new"), "no write link for a viewer");
        String done = Forms.page(viewer, "/issues?department=" + dept + "&status=DONE");
        assertTrue(done.contains(second) && !done.contains(first), done);
        String searched = Forms.page(viewer, "/issues?q=" + first.substring(0, 6) + "&department=" + dept);
        assertTrue(searched.contains(first) && !searched.contains(second), searched);
        String paged = Forms.page(viewer, "/issues?department=" + dept + "&size=1");
        assertTrue(paged.contains("&amp;page=1&amp;size=1\">次へ</a>"), paged);
        visit(viewer).get("/issues?status=BOGUS").then().statusCode(400);
    }

    @Test
    void newFormIsPrefilledFromTheHearingAndOffersSuggestions() {
        long dept = Api.department("起票課");
        long hearing = as(OFFICER).body(Map.of("departmentId", dept, "heldOn", "2024-04-01", "interviewer", "青木"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        String category = unique("紙・押印");
        as(OFFICER).body(Map.of("title", unique("既存"), "departmentIds", List.of(dept), "category", category))
                .post("/api/v1/issues").then().statusCode(201);
        String html = Forms.page(Browser.signIn(OFFICER), "/issues/new?department=" + dept + "&hearing=" + hearing);
        assertTrue(html.contains("name=\"departmentIds\" value=\"" + dept + "\" checked>"), "department ticked");
        assertTrue(html.contains("name=\"hearingIds\" value=\"" + hearing + "\" checked>"), "hearing ticked");
        assertTrue(html.contains("<option value=\"" + category + "\"></option>") && html.contains("list=\"categories\""));
        assertTrue(html.contains("data-filter-list=\"dept-list\"") && html.contains("<script src=\"/js/filter-list.js\" defer>"));
        assertTrue(html.contains("data-hx-get=\"/issues/similar\"") && html.contains("data-hx-get=\"/issues/hearing-options\""));
        assertFalse(html.contains("<option value=\"MERGED\""), "merged only through a merge");
    }

    @Test
    void createThroughTheFormWithSeveralDepartmentsAndAHearing() {
        long first = Api.department("作成課A");
        long second = Api.department("作成課B");
        long hearing = as(OFFICER).body(Map.of("departmentId", first, "heldOn", "2024-04-01"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        String title = unique("申請書の二重入力");
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/issues/new");
        Response created = form.post("/issues/new", Map.of("title", title, "description", "説明\n2行目",
                "departmentIds", List.of(first, second), "hearingIds", List.of(hearing), "category", "入力",
                "proposal", "RPA", "annualHours", "１２０.5", "fiscalYear", "2025", "status", "ANALYZING"));
        created.then().statusCode(303).header("Location", matchesPattern(".*/issues/\\d+$"));
        JsonPath stored = as(VIEWER).get(created.header("Location").replaceAll(".*/issues/", "/api/v1/issues/")).jsonPath();
        assertEquals(title, stored.getString("title"));
        assertEquals(List.of((int) first, (int) second), stored.getList("departmentIds"));
        assertEquals(List.of((int) hearing), stored.getList("hearingIds"));
        assertEquals(120.5, stored.getDouble("annualHours"));
        assertEquals(2025, stored.getInt("fiscalYear"));
        assertEquals("ANALYZING", stored.getString("status"));
    }

    @Test
    void invalidInputKeepsTheTypedValues() {
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/issues/new");
        String description = "残したい説明 <i>x</i>";
        String html = form.post("/issues/new", Map.of("title", "", "description", description, "annualHours", "たくさん",
                "fiscalYear", "2025.5")).then().statusCode(400).extract().asString();
        assertTrue(html.contains("<small id=\"e-departmentIds\" class=\"field-error\">部署を 1 つ以上指定してください。</small>"), html);
        assertTrue(html.contains("<small id=\"e-annualHours\" class=\"field-error\">数値を入力してください。</small>"), html);
        assertTrue(html.contains("<small id=\"e-fiscalYear\" class=\"field-error\">整数を入力してください。</small>"), html);
        assertTrue(html.contains("aria-describedby=\"e-title\""), html);
        assertTrue(html.contains(">\n" + escaped(description) + "</textarea>") && html.contains("value=\"たくさん\""));
    }

    @Test
    void fragmentsShowSimilarIssuesAndTheChosenDepartmentsHearings() {
        long dept = Api.department("断片課");
        String title = unique("住民票の写しの郵送請求が紙");
        long existing = Api.issue(title, dept);
        long hearing = as(OFFICER).body(Map.of("departmentId", dept, "heldOn", "2024-02-03"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, String> officer = Browser.signIn(OFFICER);
        String similar = Forms.page(officer, "/issues/similar?title=住民票の写しの郵送請求");
        assertTrue(similar.contains("<a href=\"/issues/" + existing + "\">" + title + "</a>") && similar.contains("類似度"),
                similar);
        assertFalse(similar.contains("<html"), "a fragment, not a page");
        String options = Forms.page(officer, "/issues/hearing-options?departmentIds=" + dept + "&hearingIds=" + hearing);
        assertTrue(options.startsWith("<fieldset id=\"hearing-options\"") && options.contains("2024年2月3日"), options);
        assertTrue(options.contains("value=\"" + hearing + "\" checked>"), options);

        Forms.Opened form = Forms.open(officer, "/issues/new");
        String refreshed = form.post("/issues/new", Map.of("title", "まだ途中", "departmentIds", dept, "action", "refresh"))
                .then().statusCode(200).extract().asString();
        assertTrue(refreshed.contains("name=\"hearingIds\" value=\"" + hearing + "\">"), "no-script refresh lists them");
        assertTrue(refreshed.contains("value=\"まだ途中\""), "nothing lost, nothing saved");
    }

    @Test
    void staleEditShowsBothVersionsAndManagersMayOnlyPlan() {
        long dept = Api.department("編集課");
        String title = unique("編集される課題");
        long id = Api.issue(title, dept);
        Forms.Opened edit = Forms.open(Browser.signIn(OFFICER), "/issues/" + id + "/edit");
        as(OFFICER).body(Map.of("title", title + "（他の人）", "departmentIds", List.of(dept), "version", 0))
                .put("/api/v1/issues/" + id).then().statusCode(200);
        Map<String, Object> mine = new HashMap<>(Map.of("title", title + "（私）", "departmentIds", dept,
                "status", "NEW", "version", "0"));
        String html = edit.post("/issues/" + id + "/edit", mine).then().statusCode(409).extract().asString();
        assertTrue(html.contains("<dd>" + title + "（他の人）</dd>") && html.contains("value=\"" + title + "（私）\""), html);
        assertTrue(html.contains("name=\"version\" value=\"1\""), html);

        Forms.Opened planner = Forms.open(Browser.signIn(MANAGER), "/issues/" + id + "/edit");
        assertTrue(planner.html().contains("manager は状態、対象年度と上期・下期だけを変更できます。"));
        Map<String, Object> plan = new HashMap<>(Map.of("title", title + "（他の人）", "departmentIds", dept,
                "status", "PLANNED", "fiscalYear", "2026", "plannedHalf", "FIRST", "version", "1"));
        planner.post("/issues/" + id + "/edit", plan).then().statusCode(303).header("Location", endsWith("/issues/" + id));
        assertEquals("PLANNED", as(VIEWER).get("/api/v1/issues/" + id).jsonPath().getString("status"));
        assertEquals("FIRST", as(VIEWER).get("/api/v1/issues/" + id).jsonPath().getString("plannedHalf"));
        plan.put("title", "managerの書き換え");
        plan.put("version", "2");
        planner.post("/issues/" + id + "/edit", plan).then().statusCode(403)
                .body(containsString("manager は status、fiscalYear、plannedHalf だけを変更できます。"), containsString("value=\"managerの書き換え\""));
        visit(planner.cookies()).get("/issues/new").then().statusCode(403);
    }

    @Test
    void deleteAndRoles() {
        long dept = Api.department("削除課");
        long id = Api.issue(unique("消す課題"), dept);
        Map<String, String> viewer = Browser.signIn(VIEWER);
        assertFalse(Forms.page(viewer, "/issues/" + id).contains("/issues/" + id + "/edit"), "no edit link");
        for (String path : List.of("/issues/new", "/issues/" + id + "/edit", "/issues/" + id + "/delete")) {
            visit(viewer).get(path).then().statusCode(403);
            visit(Map.of()).get(path).then().statusCode(303).header("Location", endsWith("/login"));
        }
        Forms.Opened page = Forms.open(viewer, "/issues/" + id);
        page.post("/issues/" + id + "/delete", Map.of()).then().statusCode(403);
        page.post("/issues/" + id + "/merge", Map.of("target", "1")).then().statusCode(403);
        Forms.Opened officer = Forms.open(Browser.signIn(OFFICER), "/issues/" + id + "/delete");
        officer.postWithoutToken("/issues/" + id + "/delete", Map.of("x", "1")).then().statusCode(400);
        officer.post("/issues/" + id + "/delete", Map.of()).then().statusCode(303).header("Location", endsWith("/issues"));
        as(VIEWER).get("/api/v1/issues/" + id).then().statusCode(404);
    }

    @Test
    void mergeIntoAnotherIssueAndTheDomainsRefusals() {
        long first = Api.department("統合課A");
        long second = Api.department("統合課B");
        long target = Api.issue(unique("統合先の課題"), first);
        long source = Api.issue(unique("統合元の課題"), second);
        Forms.Opened page = Forms.open(Browser.signIn(OFFICER), "/issues/" + source);
        assertTrue(page.html().contains("<form method=\"post\" action=\"/issues/" + source + "/merge\">"), page.html());
        assertTrue(page.html().contains("<option value=\"" + target + "\">#" + target + " "), "target offered");
        page.post("/issues/" + source + "/merge", Map.of("target", String.valueOf(target))).then().statusCode(303)
                .header("Location", endsWith("/issues/" + target));
        assertEquals(List.of((int) first, (int) second),
                as(VIEWER).get("/api/v1/issues/" + target).jsonPath().getList("departmentIds"));
        String merged = Forms.page(page.cookies(), "/issues/" + source);
        assertFalse(merged.contains("/merge\""), "a merged issue offers no merge");
        long other = Api.issue(unique("別の課題"), first);
        page.post("/issues/" + other + "/merge", Map.of("target", String.valueOf(source))).then().statusCode(422)
                .body(containsString("統合済みの課題は統合できません。"))
                .body(containsString("value=\"" + source + "\" aria-invalid=\"true\""));
        page.post("/issues/" + other + "/merge", Map.of("target", String.valueOf(other))).then().statusCode(422)
                .body(containsString("課題を自分自身に統合することはできません。"));
        page.post("/issues/" + other + "/merge", Map.of("target", "")).then().statusCode(400);
        page.post("/issues/" + other + "/merge", Map.of("target", "十二")).then().statusCode(400)
                .body(containsString("value=\"十二\" aria-invalid=\"true\""));
        visit(page.cookies()).get("/issues/" + source + "/edit").then().statusCode(409)
                .body(containsString("統合済みの課題は編集できません。"));
    }

    @Test
    void hostileTextIsTextOnEveryIssuePage() {
        long dept = as(OFFICER).body(Map.of("name", unique("D") + HostileText.HOSTILE, "kind", "DEPARTMENT"))
                .post("/api/v1/departments").then().statusCode(201).extract().jsonPath().getLong("id");
        String title = unique("T") + HostileText.HOSTILE;
        long id = as(OFFICER).body(Map.of("title", title, "departmentIds", List.of(dept), "category",
                "C<img src=x onerror=alert(1)>", "proposal", "P" + HostileText.HOSTILE, "description", HostileText.HOSTILE))
                .post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.issue(unique("似た課題") + HostileText.HOSTILE, dept);
        Map<String, String> officer = Browser.signIn(OFFICER);
        for (String path : List.of("/issues?department=" + dept, "/issues/" + id, "/issues/" + id + "/edit",
                "/issues/new?department=" + dept, "/issues/" + id + "/delete", "/issues/similar?title=" + "T<script>alert(1)",
                "/issues?q=" + "%3Cscript%3Ealert(1)%3C/script%3E")) {
            String html = Forms.page(officer, path);
            HostileText.assertNoMarkup(html);
        }
        assertTrue(Forms.page(officer, "/issues/" + id + "/edit").contains("value=\"" + escaped(title) + "\""));
        visit(officer).get("/issues/" + id).then().body(not(containsString("<script>alert")));
    }
}
