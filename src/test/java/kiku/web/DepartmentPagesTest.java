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
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** /departments: the tree, a department's page, and its forms (create, edit, conflict, delete). */
@QuarkusTest
class DepartmentPagesTest {

    @Test
    void treeAndDetailRenderForViewersWithoutWriteControls() {
        long bureau = as(OFFICER).body(Map.of("name", unique("総務部"), "kind", "BUREAU", "code", unique("B")))
                .post("/api/v1/departments").then().statusCode(201).extract().jsonPath().getLong("id");
        String child = unique("情報管理課");
        long dept = as(OFFICER).body(Map.of("name", child, "kind", "DEPARTMENT", "parentId", bureau))
                .post("/api/v1/departments").then().statusCode(201).extract().jsonPath().getLong("id");
        as(OFFICER).body(Map.of("departmentId", dept, "heldOn", "2024-04-01", "status", "DONE"))
                .post("/api/v1/hearings").then().statusCode(201);
        String title = unique("押印待ち");
        long issue = Api.issue(title, dept);
        Map<String, String> viewer = Browser.signIn(VIEWER);

        String tree = Forms.page(viewer, "/departments");
        assertTrue(tree.contains("<h1>部署</h1>"), tree);
        assertTrue(tree.contains("class=\"depth-1\"><a href=\"/departments/" + dept + "\">" + child + "</a>"), tree);
        assertFalse(tree.contains("/departments/new"), "no write links for a viewer");

        String detail = Forms.page(viewer, "/departments/" + dept);
        assertTrue(detail.contains("<h1>" + child + "</h1>") && detail.contains("<dd>課</dd>"), detail);
        assertTrue(detail.contains("2024年4月1日") && detail.contains("1 回目"), "hearing with its round");
        assertTrue(detail.contains("<a href=\"/issues/" + issue + "\">" + title + "</a>") && detail.contains("未採点"),
                "issue with its (missing) rank");
        assertFalse(detail.contains("/edit"), "no edit link for a viewer");
        visit(viewer).get("/departments/999999").then().statusCode(404);
    }

    @Test
    void viewerCannotOpenOrPostTheForms() {
        long dept = Api.department("閲覧者課");
        Map<String, String> viewer = Browser.signIn(VIEWER);
        for (String path : List.of("/departments/new", "/departments/" + dept + "/edit", "/departments/" + dept + "/delete",
                "/departments/import")) {
            visit(viewer).get(path).then().statusCode(403).body(containsString("<h1>エラー 403</h1>"));
        }
        Forms.Opened opened = Forms.open(viewer, "/departments");
        opened.post("/departments/new", Map.of("name", "x", "kind", "DEPARTMENT")).then().statusCode(403);
        opened.post("/departments/" + dept + "/delete", Map.of()).then().statusCode(403);
        as(VIEWER).get("/api/v1/departments/" + dept).then().statusCode(200);
    }

    @Test
    void signedOutVisitorsAreSentToLogin() {
        for (String path : List.of("/departments", "/departments/new", "/departments/import")) {
            visit(Map.of()).get(path).then().statusCode(303).header("Location", endsWith("/login"));
        }
    }

    @Test
    void createEditAndDeleteThroughTheForms() {
        Map<String, String> officer = Browser.signIn(OFFICER);
        Forms.Opened form = Forms.open(officer, "/departments/new");
        assertTrue(form.html().contains("<label for=\"f-name\">名前") && form.html().contains("<select id=\"f-kind\""));
        String name = unique("新設課");
        Response created = form.post("/departments/new", Map.of("name", name, "kind", "DEPARTMENT", "code", "", "active", "true"));
        created.then().statusCode(303).header("Location", matchesPattern(".*/departments/\\d+$"));
        long id = Long.parseLong(created.header("Location").replaceAll(".*/", ""));
        assertEquals(name, as(VIEWER).get("/api/v1/departments/" + id).jsonPath().getString("name"));

        Forms.Opened edit = Forms.open(officer, "/departments/" + id + "/edit");
        assertTrue(edit.html().contains("name=\"version\" value=\"0\""), edit.html());
        edit.post("/departments/" + id + "/edit", Map.of("name", name + "改", "kind", "UNIT", "version", "0"))
                .then().statusCode(303).header("Location", endsWith("/departments/" + id));
        var stored = as(VIEWER).get("/api/v1/departments/" + id).jsonPath();
        assertEquals(name + "改", stored.getString("name"));
        assertEquals("UNIT", stored.getString("kind"));
        assertFalse(stored.getBoolean("active"), "an unticked checkbox deactivates");

        Forms.Opened delete = Forms.open(officer, "/departments/" + id + "/delete");
        assertTrue(delete.html().contains("を削除しますか"), delete.html());
        delete.post("/departments/" + id + "/delete", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/departments"));
        as(VIEWER).get("/api/v1/departments/" + id).then().statusCode(404);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        long dept = Api.department("CSRF課");
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/departments/new");
        form.postWithoutToken("/departments/new", Map.of("name", unique("x"), "kind", "DEPARTMENT")).then().statusCode(400);
        form.postWithoutToken("/departments/" + dept + "/delete", Map.of("x", "1")).then().statusCode(400);
        as(VIEWER).get("/api/v1/departments/" + dept).then().statusCode(200);
    }

    @Test
    void invalidInputComesBackNextToItsFieldWithTheTypedValues() {
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/departments/new");
        String code = unique("コード<b>");
        String html = form.post("/departments/new", Map.of("name", "  ", "kind", "NOPE", "code", code))
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"e-name\""), html);
        assertTrue(html.contains("<small id=\"e-kind\" class=\"field-error\">一覧から選んでください。</small>"), html);
        assertTrue(html.contains("value=\"" + escaped(code) + "\""), "typed code kept, escaped");

        long parent = Api.department("親課");
        long child = as(OFFICER).body(Map.of("name", unique("子係"), "kind", "UNIT", "parentId", parent))
                .post("/api/v1/departments").then().statusCode(201).extract().jsonPath().getLong("id");
        Forms.Opened edit = Forms.open(Browser.signIn(OFFICER), "/departments/" + parent + "/edit");
        assertFalse(edit.html().contains("<option value=\"" + child + "\""), "own subtree is no parent choice");
        String cycle = edit.post("/departments/" + parent + "/edit", Map.of("name", "親", "kind", "DEPARTMENT",
                "parentId", String.valueOf(child), "version", "0")).then().statusCode(400).extract().asString();
        assertTrue(cycle.contains("<small id=\"e-parentId\" class=\"field-error\">部署を自分自身の配下に移すことはできません。</small>"),
                cycle);
    }

    @Test
    void staleEditShowsBothVersions() {
        String name = unique("競合課");
        long id = as(OFFICER).body(Map.of("name", name, "kind", "DEPARTMENT", "code", "OLD"))
                .post("/api/v1/departments").then().statusCode(201).extract().jsonPath().getLong("id");
        Forms.Opened edit = Forms.open(Browser.signIn(OFFICER), "/departments/" + id + "/edit");
        as(OFFICER).body(Map.of("name", name, "kind", "DEPARTMENT", "code", "THEIRS", "version", 0))
                .put("/api/v1/departments/" + id).then().statusCode(200);
        String html = edit.post("/departments/" + id + "/edit", Map.of("name", name, "kind", "DEPARTMENT",
                "code", "MINE", "active", "true", "version", "0")).then().statusCode(409).extract().asString();
        assertTrue(html.contains("他の人が更新しました"), html);
        assertTrue(html.contains("<dd>THEIRS</dd>"), "stored value shown");
        assertTrue(html.contains("value=\"MINE\""), "own value kept");
        assertTrue(html.contains("name=\"version\" value=\"1\""), "current version, so saving again re-applies");
        assertEquals("THEIRS", as(VIEWER).get("/api/v1/departments/" + id).jsonPath().getString("code"));
    }

    @Test
    void deletingADepartmentInUseSuggestsDeactivation() {
        long dept = Api.department("使用中課");
        Api.issue(unique("使用中の課題"), dept);
        Forms.Opened delete = Forms.open(Browser.signIn(OFFICER), "/departments/" + dept + "/delete");
        String html = delete.post("/departments/" + dept + "/delete", Map.of()).then().statusCode(409).extract().asString();
        assertTrue(html.contains("無効化してください") && html.contains("/departments/" + dept + "/edit"), html);
    }

    @Test
    void hostileNamesAreTextOnEveryDepartmentPage() {
        String name = unique("D") + HostileText.HOSTILE;
        long id = as(OFFICER).body(Map.of("name", name, "kind", "BUREAU", "code", "<script>alert(1)</script>"))
                .post("/api/v1/departments").then().statusCode(201).extract().jsonPath().getLong("id");
        as(OFFICER).body(Map.of("name", unique("子") + HostileText.HOSTILE, "kind", "DEPARTMENT", "parentId", id))
                .post("/api/v1/departments").then().statusCode(201);
        Map<String, String> officer = Browser.signIn(OFFICER);
        for (String path : List.of("/departments", "/departments/" + id, "/departments/" + id + "/edit",
                "/departments/" + id + "/delete", "/departments/new", "/hearings/new", "/issues/new")) {
            String html = Forms.page(officer, path);
            HostileText.assertNoMarkup(html);
            assertTrue(html.contains(escaped(name)), "name shown escaped on " + path);
        }
    }
}
