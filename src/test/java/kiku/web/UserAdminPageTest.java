package kiku.web;

import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.unique;
import static kiku.web.Browser.visit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** /admin/users: only for administrators; create, edit (optional password), conflicts, delete, last admin. */
@QuarkusTest
class UserAdminPageTest {

    @Test
    void onlyAdministratorsSeeThePages() {
        for (String user : List.of(VIEWER, OFFICER)) {
            Map<String, String> session = Browser.signIn(user);
            for (String path : List.of("/admin/users", "/admin/users/new", "/admin/users/1/edit", "/admin/users/1/delete")) {
                visit(session).get(path).then().statusCode(403);
            }
            assertFalse(Forms.page(session, "/").contains("href=\"/admin/users\""), "no menu item");
            Forms.open(session, "/").post("/admin/users/new", Map.of("username", "x", "password", "long-enough-pass",
                    "roles", "viewer")).then().statusCode(403);
        }
        visit(Map.of()).get("/admin/users").then().statusCode(303).header("Location", endsWith("/login"));
    }

    @Test
    void createEditAndDeleteAUser() {
        Map<String, String> admin = Browser.signIn("admin");
        String list = Forms.page(admin, "/admin/users");
        assertTrue(list.contains("<h1>ユーザー</h1>") && list.contains("admin （自分）"), list);
        Forms.Opened form = Forms.open(admin, "/admin/users/new");
        String username = unique("suzuki");
        form.postWithoutToken("/admin/users/new", Map.of("username", username, "password", "毎朝7時に市役所まで歩く",
                "roles", "viewer")).then().statusCode(400);
        form.post("/admin/users/new", Map.of("username", username, "displayName", "鈴木 花子",
                "password", "毎朝7時に市役所まで歩く", "roles", List.of("officer", "rater"))).then().statusCode(303)
                .header("Location", endsWith("/admin/users"));
        JsonPath stored = user(username);
        assertEquals(List.of("officer", "rater"), stored.getList("roles"));
        long id = stored.getLong("id");

        Forms.Opened edit = Forms.open(admin, "/admin/users/" + id + "/edit");
        assertTrue(edit.html().contains("name=\"roles\" value=\"officer\" checked>"), edit.html());
        edit.post("/admin/users/" + id + "/edit", Map.of("displayName", "鈴木 花子（DX）", "password", "",
                "roles", List.of("manager"), "version", "0")).then().statusCode(303);
        assertEquals(List.of("manager"), user(username).getList("roles"));
        // posted as UTF-8, as a browser posts the sign-in form of a UTF-8 page
        assertTrue(visit(Map.of()).contentType(Forms.URLENC_UTF8).formParam("j_username", username)
                .formParam("j_password", "毎朝7時に市役所まで歩く").post("/j_security_check")
                .cookie(Browser.SESSION_COOKIE) != null, "an empty password field keeps the password");

        String stale = edit.post("/admin/users/" + id + "/edit", Map.of("displayName", "古い版から", "roles", "viewer",
                "version", "0")).then().statusCode(409).extract().asString();
        assertTrue(stale.contains("<dd>鈴木 花子（DX）</dd>") && stale.contains("value=\"古い版から\""), stale);

        Forms.Opened delete = Forms.open(admin, "/admin/users/" + id + "/delete");
        delete.post("/admin/users/" + id + "/delete", Map.of()).then().statusCode(303);
        Api.as("admin").get("/api/v1/users/" + id).then().statusCode(404);
    }

    @Test
    void passwordRulesAndTakenNamesShowNextToTheirFields() {
        Forms.Opened form = Forms.open(Browser.signIn("admin"), "/admin/users/new");
        String username = unique("tanaka");
        Map<String, Object> input = new HashMap<>(Map.of("username", username, "displayName", "田中 <b>誠</b>",
                "password", "short", "roles", "rater"));
        String html = form.post("/admin/users/new", input).then().statusCode(400).extract().asString();
        assertTrue(html.contains("<small id=\"e-password\" class=\"field-error\">パスワードは 12 文字以上にしてください。</small>"), html);
        assertTrue(html.contains("value=\"田中 &lt;b&gt;誠&lt;/b&gt;\"") && html.contains("value=\"" + username + "\""),
                "typed values kept, escaped");
        assertFalse(html.contains("value=\"short\""), "a password is never sent back");
        input.put("password", username.toUpperCase());
        form.post("/admin/users/new", input).then().statusCode(400)
                .body(containsString("パスワードにユーザー名と同じ文字列は使えません。"));
        input.put("username", "admin");
        input.put("password", "a-long-enough-password");
        form.post("/admin/users/new", input).then().statusCode(409)
                .body(containsString("<small id=\"e-username\" class=\"field-error\">ユーザー名 admin は既に使われています。</small>"));
        input.put("username", unique("noroles"));
        input.remove("roles");
        form.post("/admin/users/new", input).then().statusCode(400).body(containsString("id=\"e-roles\""));
    }

    @Test
    void theLastAdministratorCannotBeDeleted() {
        Map<String, String> admin = Browser.signIn("admin");
        long adminId = user("admin").getLong("id");
        Forms.Opened delete = Forms.open(admin, "/admin/users/" + adminId + "/delete");
        List<Map<String, Object>> others = Api.as("admin").get("/api/v1/users?size=500").jsonPath().getList("items");
        boolean anotherAdmin = others.stream().anyMatch(u -> !"admin".equals(u.get("username"))
                && ((List<?>) u.get("roles")).contains("admin"));
        if (!anotherAdmin) {
            delete.post("/admin/users/" + adminId + "/delete", Map.of()).then().statusCode(409)
                    .body(containsString("最後の管理者は削除・降格できません。"));
        }
        Api.as("admin").get("/api/v1/users/" + adminId).then().statusCode(200);
    }

    @Test
    void hostileDisplayNamesAreText() {
        String username = unique("hostile");
        Api.as("admin").body(Map.of("username", username, "password", "a-long-enough-password",
                "displayName", HostileText.HOSTILE, "roles", List.of("viewer"))).post("/api/v1/users").then().statusCode(201);
        Map<String, String> admin = Browser.signIn("admin");
        HostileText.assertNoMarkup(Forms.page(admin, "/admin/users"));
        long id = user(username).getLong("id");
        String edit = Forms.page(admin, "/admin/users/" + id + "/edit");
        HostileText.assertNoMarkup(edit);
        assertTrue(edit.contains("value=\"" + Forms.escaped(HostileText.HOSTILE) + "\""), edit);
    }

    private static JsonPath user(String username) {
        List<Map<String, Object>> all = Api.as("admin").get("/api/v1/users?size=500").jsonPath().getList("items");
        Object id = all.stream().filter(u -> username.equals(u.get("username"))).findFirst().orElseThrow().get("id");
        return Api.as("admin").get("/api/v1/users/" + id).jsonPath();
    }
}
