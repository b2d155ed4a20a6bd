package kiku.account;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserApiTest {

    private static final String USERS = "/api/v1/users";
    private static final String PASSWORD = "ききとり-パスワード-2024";

    private static Response create(String username, String password, String... roles) {
        return as("admin").body(Map.of("username", username, "password", password, "displayName", "山田 花子",
                "roles", List.of(roles))).post(USERS);
    }

    private static long createUser(String username, String... roles) {
        return create(username, PASSWORD, roles).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Basic credentials in UTF-8 (RFC 7617), as browsers send them; RestAssured's own are not UTF-8. */
    private static RequestSpecification basic(String username, String password) {
        byte[] credentials = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
        return Api.anonymous().header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials));
    }

    /** Signs in with Basic and answers the status of GET /me. */
    private static int signIn(String username, String password) {
        return basic(username, password).get("/api/v1/me").statusCode();
    }

    private static Map<String, Object> update(String displayName, List<String> roles, long version) {
        return new HashMap<>(Map.of("displayName", displayName, "roles", roles, "version", version));
    }

    @Test
    void adminCreatesUsersWithoutShowingPasswords() {
        String username = Api.unique("yamada");
        Response response = create(username, PASSWORD, "rater", "viewer");
        JsonPath body = response.then().statusCode(201).contentType("application/json")
                .body("username", equalTo(username)).body("displayName", equalTo("山田 花子"))
                .body("roles", containsInAnyOrder("rater", "viewer")).body("version", equalTo(0))
                .body("$", not(hasKey("password"))).extract().jsonPath();
        long id = body.getLong("id");
        response.then().header("Location", endsWith(USERS + "/" + id));

        as("admin").get(USERS + "/" + id).then().statusCode(200).body("username", equalTo(username))
                .body("$", not(hasKey("password")));
        as("admin").get(USERS + "?size=500").then().statusCode(200).body("items.username", hasItem(username))
                .body("items.find { it.username == '" + username + "' }", not(hasKey("password")));
        assertEquals(200, signIn(username, PASSWORD));
        assertEquals(401, signIn(username, PASSWORD + "x"));
    }

    @Test
    void refusesWeakPasswordsDuplicatesAndUnknownRoles() {
        String username = Api.unique("sato-ichiro");
        create(username, "短いパスワード1234", "viewer").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("password"));
        create(username, username, "viewer").then().statusCode(400).body("violations.field", hasItem("password"));
        create(username, PASSWORD, "superuser").then().statusCode(400).body("violations.field", hasItem("roles"));
        create(username, PASSWORD).then().statusCode(400).body("violations.field", hasItem("roles"));
        as("admin").body("{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\", \"roles\": [null]}")
                .post(USERS).then().statusCode(400).body("violations.field", hasItem("roles"));
        as("admin").get(USERS + "?size=500").then().body("items.username", not(hasItem(username)));

        create(username, "十二文字の日本語パスワード", "viewer").then().statusCode(201);
        create(username, PASSWORD, "viewer").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void onlyAdminsManageUsers() {
        for (String user : List.of(VIEWER, OFFICER, MANAGER)) {
            as(user).get(USERS).then().statusCode(403).contentType("application/problem+json");
        }
        as(OFFICER).body(Map.of("username", Api.unique("x"), "password", PASSWORD, "roles", List.of("admin")))
                .post(USERS).then().statusCode(403);
        as(MANAGER).delete(USERS + "/1").then().statusCode(403);
        Api.anonymous().get(USERS).then().statusCode(401);
        Api.anonymous().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void meDescribesTheSignedInUser() {
        as(RATER).get("/api/v1/me").then().statusCode(200).body("username", equalTo(RATER))
                .body("displayName", equalTo(RATER)).body("roles", contains("rater")).body("$", not(hasKey("password")));
        as("admin").get("/api/v1/me").then().statusCode(200).body("username", equalTo("admin"))
                .body("roles", hasItem("admin"));
        String username = Api.unique("suzuki");
        createUser(username, "viewer", "officer");
        basic(username, PASSWORD).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(username)).body("displayName", equalTo("山田 花子"))
                .body("roles", containsInAnyOrder("viewer", "officer"));
    }

    @Test
    void updatesRolesAndPasswords() {
        String username = Api.unique("tanaka");
        long id = createUser(username, "viewer");
        as("admin").body(update("田中 次郎", List.of("viewer", "rater"), 0)).put(USERS + "/" + id).then().statusCode(200)
                .body("displayName", equalTo("田中 次郎")).body("roles", containsInAnyOrder("viewer", "rater"))
                .body("version", equalTo(1)).body("$", not(hasKey("password")));
        assertEquals(200, signIn(username, PASSWORD), "a PUT without password keeps the old one");

        as("admin").body(update("古い版", List.of("admin"), 0)).put(USERS + "/" + id).then().statusCode(409);
        Map<String, Object> noVersion = update("版なし", List.of("admin"), 1);
        noVersion.remove("version");
        as("admin").body(noVersion).put(USERS + "/" + id).then().statusCode(400).body("violations.field", hasItem("version"));
        basic(username, PASSWORD).get("/api/v1/me").then()
                .body("displayName", equalTo("田中 次郎")).body("roles", containsInAnyOrder("viewer", "rater"));

        Map<String, Object> shortPassword = update("田中 次郎", List.of("viewer"), 1);
        shortPassword.put("password", "short");
        as("admin").body(shortPassword).put(USERS + "/" + id).then().statusCode(400)
                .body("violations.field", hasItem("password"));
        Map<String, Object> newPassword = update("田中 次郎", List.of("viewer"), 1);
        newPassword.put("password", "あたらしいパスワードです");
        as("admin").body(newPassword).put(USERS + "/" + id).then().statusCode(200).body("version", equalTo(2));
        assertEquals(401, signIn(username, PASSWORD));
        assertEquals(200, signIn(username, "あたらしいパスワードです"));
    }

    @Test
    void deletesUsersButNeverTheLastAdmin() {
        String username = Api.unique("kimura");
        long id = createUser(username, "rater");
        as("admin").delete(USERS + "/" + id).then().statusCode(204);
        as("admin").get(USERS + "/" + id).then().statusCode(404);
        assertEquals(401, signIn(username, PASSWORD));

        // A second admin can be demoted and deleted while "admin" remains...
        String second = Api.unique("admin2");
        long secondId = createUser(second, "admin");
        assertEquals(200, signIn(second, PASSWORD));
        as("admin").body(update("元管理者", List.of("viewer"), 0)).put(USERS + "/" + secondId).then().statusCode(200);
        as("admin").delete(USERS + "/" + secondId).then().statusCode(204);

        // ...but "admin" itself, now the only one, can be neither.
        List<Map<String, Object>> users = as("admin").get(USERS + "?size=500").jsonPath().getList("items");
        List<Object> admins = users.stream().filter(u -> ((List<?>) u.get("roles")).contains("admin"))
                .map(u -> u.get("username")).toList();
        assertEquals(List.of("admin"), admins, "tests must remove the admins they create");
        Map<String, Object> admin = users.stream().filter(u -> "admin".equals(u.get("username"))).findFirst().orElseThrow();
        as("admin").delete(USERS + "/" + admin.get("id")).then().statusCode(409).contentType("application/problem+json");
        as("admin").body(update("管理者", List.of("viewer"), ((Number) admin.get("version")).longValue()))
                .put(USERS + "/" + admin.get("id")).then().statusCode(409);
        assertEquals(200, signIn("admin", Api.ADMIN_PASSWORD));
        as("admin").get("/api/v1/me").then().body("roles", hasItem("admin"));
    }
}
