package kiku.web;

import static io.restassured.RestAssured.given;
import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kiku.Api;
import org.junit.jupiter.api.Test;

/**
 * Every /api/v1 operation of the OpenAPI document × every role and anonymous, and every HTML page
 * found by scanning the JAX-RS resources: anonymous → 401 (API) or the sign-in form (pages), a
 * role without the right → 403, the right role → anything but 401/403. Writes send an empty
 * object to an id that does not exist, so an allowed role gets a 400 or 404 and nothing changes.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final List<String> ROLES = List.of(VIEWER, OFFICER, RATER, MANAGER, "admin");
    private static final long NO_SUCH_ID = 987_654_321L;

    @Test
    void everyApiOperationAnswersEachRoleAsTheContractSays() {
        List<String> failures = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        for (OpenApiOperations.Operation op : OpenApiOperations.all(OpenApiOperations.document())) {
            String key = op.method() + " " + op.path();
            listed.add(key);
            Set<String> allowed = ApiRoles.allowed(op.method(), op.path());
            if (allowed == null) {
                failures.add(key + ": no expected roles in ApiRoles; add the operation there");
                continue;
            }
            String path = op.path().replaceAll("\\{[^}]+}", String.valueOf(NO_SUCH_ID));
            int anonymous = send(Api.anonymous(), op.method(), path).statusCode();
            if (anonymous != 401) {
                failures.add(key + " anonymous: " + anonymous);
            }
            for (String role : ROLES) {
                int status = send(as(role), op.method(), path).statusCode();
                boolean may = role.equals("admin") || allowed.contains(ApiRoles.roleOf(role));
                if (may ? status == 401 || status == 403 : status != 403) {
                    failures.add(key + " as " + role + ": " + status + (may ? " (allowed)" : " (not allowed)"));
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(ApiRoles.operations(), listed, "ApiRoles covers exactly the operations of the OpenAPI document");
    }

    @Test
    void everyPageSendsAnonymousVisitorsToSignInAndRefusesPostsWithoutTheRole() throws Exception {
        List<String> failures = new ArrayList<>();
        long department = Api.department("権限表の課");
        Map<String, Long> ids = Map.of("/departments", department, "/issues", Api.issue("権限表の課題", department),
                "/hearings", as(OFFICER).body(Map.of("departmentId", department, "heldOn", "2024-01-01"))
                        .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id"),
                "/snapshots", as(MANAGER).body(Map.of("name", Api.unique("権限表"))).post("/api/v1/snapshots")
                        .then().statusCode(201).extract().jsonPath().getLong("id"),
                "/admin/users", as("admin").get("/api/v1/users?size=1").jsonPath().getLong("items[0].id"),
                "/scoring", 0L, "/criteria", NO_SUCH_ID);
        PageSession viewer = PageSession.signIn(VIEWER);
        viewer.page("/");
        List<PageRoutes.Route> routes = PageRoutes.scan();
        assertTrue(routes.size() >= 30, "page routes found: " + routes.size());
        for (PageRoutes.Route route : routes) {
            if (route.open()) {
                continue;
            }
            String path = route.concrete(ids);
            if (route.method().equals("GET")) {
                Response answer = given().redirects().follow(false).get(path);
                if (answer.statusCode() != 303 || !String.valueOf(answer.header("Location")).contains("/login")) {
                    failures.add("anonymous GET " + path + ": " + answer.statusCode() + " " + answer.header("Location"));
                }
            } else if (!route.readOnly()) {
                int status = viewer.post(viewer.form(), path).statusCode();
                boolean multipart = path.equals("/departments/import"); // a urlencoded form: 415 before the role check
                if (multipart ? status != 403 && status != 415 : status != 403) {
                    failures.add("viewer POST " + path + ": " + status);
                }
                Response anonymous = given().redirects().follow(false).contentType(Forms.URLENC_UTF8).post(path);
                if (!Set.of(303, 400, 401).contains(anonymous.statusCode()) && !(multipart && anonymous.statusCode() == 415)) {
                    failures.add("anonymous POST " + path + ": " + anonymous.statusCode());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static Response send(io.restassured.specification.RequestSpecification request, String method, String path) {
        // any media type: the CSV and XLSX exports answer 406 to a JSON-only Accept before checking anything
        request.accept("*/*");
        return method.equals("GET") ? request.get(path) : request.body("{}").request(method, path);
    }
}
