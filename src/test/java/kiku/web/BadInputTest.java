package kiku.web;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.scoring.Criteria;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write operation and every query parameter of the OpenAPI document, fed malformed JSON,
 * wrong types, huge values, unknown enums, invalid dates, control characters and lone surrogates:
 * every answer is a 4xx problem+json, and nothing is stored. Hand-written bodies for the known
 * operations are only the valid starting point that one field at a time is spoiled in.
 */
@QuarkusTest
class BadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG_MAX_PLUS_ONE = "9223372036854775808";
    private static final List<String> MALFORMED = List.of("{", "[1,", "null", "", "\"text\"", "[]", "{} {}",
            "{\"a\": 1, \"a\": 2}", "{\"a\": \"\\ud800\"", "これはJSONではない");
    private static final List<String> BAD_PATH_IDS = List.of("abc", "1.5", "-1", "0", "99999999999999999999");

    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private JsonNode document;

    @BeforeEach
    void fixtures() {
        Criteria.reset();
        long department = Api.department("入力検査課");
        ids.put("departments", department);
        ids.put("issues", Api.issue("入力検査の課題", department));
        ids.put("criteria", Criteria.benefit("入力検査", 1));
        ids.put("criterionId", ids.get("criteria"));
        ids.put("hearings", as(OFFICER).body(Map.of("departmentId", department, "heldOn", "2024-01-01"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id"));
        ids.put("snapshots", as(MANAGER).body(Map.of("name", Api.unique("入力検査")))
                .post("/api/v1/snapshots").then().statusCode(201).extract().jsonPath().getLong("id"));
        as(VIEWER).get("/api/v1/me").then().statusCode(200);
        ids.put("users", as("admin").get("/api/v1/users?size=1").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id"));
        document = OpenApiOperations.document();
    }

    @Test
    void everyWriteOperationRefusesBadBodiesAndStoresNothing() throws Exception {
        Map<String, Object> before = stored();
        int operations = 0;
        for (OpenApiOperations.Operation op : OpenApiOperations.all(document)) {
            if (!op.writes()) {
                continue;
            }
            operations++;
            JsonNode schema = op.bodySchema(document);
            ObjectNode base = (ObjectNode) JSON.valueToTree(BadBodies.base(op.path(), ids));
            for (String badId : BAD_PATH_IDS) {
                if (op.path().contains("{")) {
                    expectProblem(op, op.path().replaceAll("\\{[^}]+}", badId), schema == null ? null : base.toString());
                }
            }
            if (schema == null) {
                continue;
            }
            String path = fill(op.path());
            for (String raw : MALFORMED) {
                boolean optionalBody = !schema.has("required"); // no body at all then means every default
                if (!(optionalBody && (raw.isEmpty() || raw.equals("null")))) {
                    expectProblem(op, path, raw);
                }
            }
            for (Map.Entry<String, List<String>> field : BadBodies.spoiled(document, schema).entrySet()) {
                for (String value : field.getValue()) {
                    ObjectNode body = base.deepCopy();
                    BadBodies.put(body, field.getKey(), new RawValue(value));
                    expectProblem(op, path, body.toString());
                }
            }
        }
        assertTrue(operations >= 25, "the OpenAPI document lists the write operations: " + operations);
        assertEquals(List.of(), failures);
        assertEquals(before, stored(), "nothing stored");
    }

    @Test
    void everyQueryParameterRefusesBadValues() {
        int parameters = 0;
        for (OpenApiOperations.Operation op : OpenApiOperations.all(document)) {
            if (op.writes() && !op.path().endsWith("/preview")) {
                continue;
            }
            String path = fill(op.path());
            for (String name : op.queryParameters()) {
                parameters++;
                for (String value : BadBodies.badQueryValues(name)) {
                    Response answer = as("admin").queryParam(name, value).body("{\"weights\": {}}")
                            .request(op.method(), path);
                    check(op + "?" + name + "=" + abbreviate(value), answer, true);
                }
                for (String value : List.of("x".repeat(3000), "😀\u202e\u0301", "%", "_", "'; DROP TABLE issue; --")) {
                    Response answer = as("admin").queryParam(name, value).body("{\"weights\": {}}")
                            .request(op.method(), path);
                    check(op + "?" + name + "=" + abbreviate(value), answer, false);
                }
            }
        }
        assertTrue(parameters >= 30, "query parameters found: " + parameters);
        assertEquals(List.of(), failures);
    }

    @Test
    void oddButValidUnicodeRoundTrips() {
        String odd = "課😀\u202e右から左\u202c e\u0301 \u3099か\t改行\n終わり";
        long department = as(OFFICER).body(Map.of("name", odd, "kind", "UNIT")).post("/api/v1/departments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(odd, as(VIEWER).get("/api/v1/departments/" + department).jsonPath().getString("name"));
        long issue = as(OFFICER).body(Map.of("title", odd, "description", odd, "departmentIds", List.of(department)))
                .post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(odd, as(VIEWER).get("/api/v1/issues/" + issue).jsonPath().getString("title"));
        assertEquals(odd, as(VIEWER).get("/api/v1/issues/" + issue).jsonPath().getString("description"));
    }

    @Test
    void nulInAFormIsAMessageNextToTheField() {
        long department = ids.get("departments");
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/hearings/new");
        String html = form.post("/hearings/new", Map.of("departmentId", department, "heldOn", "2024-07-01",
                "notes", "メモ\u0000")).then().statusCode(400).extract().asString();
        assertTrue(html.contains("<small id=\"e-notes\" class=\"field-error\">制御文字"), html);

        int users = as("admin").get("/api/v1/users?size=500").jsonPath().getInt("totalItems");
        Forms.Opened userForm = Forms.open(Browser.signIn("admin"), "/admin/users/new");
        userForm.post("/admin/users/new", Map.of("username", "nul-user", "displayName", "名前\u0000",
                "password", "a-long-enough-password", "roles", List.of("viewer"))).then().statusCode(400);
        assertEquals(users, as("admin").get("/api/v1/users?size=500").jsonPath().getInt("totalItems"), "no user stored");

        int snapshots = as(VIEWER).get("/api/v1/snapshots").jsonPath().getInt("totalItems");
        Forms.Opened snapshotForm = Forms.open(Browser.signIn(MANAGER), "/snapshots");
        snapshotForm.post("/snapshots", Map.of("name", "会議\u0000")).then().statusCode(400);
        assertEquals(snapshots, as(VIEWER).get("/api/v1/snapshots").jsonPath().getInt("totalItems"), "no snapshot");
    }

    private void expectProblem(OpenApiOperations.Operation op, String path, String body) {
        var request = as("admin");
        if (body != null) {
            request.body(body);
        }
        check(op + " " + path + " " + abbreviate(body), request.request(op.method(), path), true);
    }

    /** A 5xx is always wrong; a 4xx must be problem+json; {@code refuse}: a 2xx or 3xx is wrong too. */
    private void check(String what, Response answer, boolean refuse) {
        int status = answer.statusCode();
        boolean problem = String.valueOf(answer.contentType()).startsWith("application/problem+json");
        if (status >= 500 || (status >= 400 && !problem) || (refuse && status < 400)) {
            failures.add(status + " " + what + " → " + abbreviate(answer.asString()));
        }
    }

    private String fill(String template) {
        String path = template;
        for (Map.Entry<String, Long> id : ids.entrySet()) {
            path = path.replace(id.getKey() + "/{id}", id.getKey() + "/" + id.getValue());
        }
        return path.replace("{criterionId}", String.valueOf(ids.get("criterionId"))).replace("{fiscalYear}", "2026");
    }

    /** What the API holds: every collection's size, the audit trail's length and the fixture's scores. */
    private Map<String, Object> stored() {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String list : List.of("departments", "hearings", "issues", "criteria", "snapshots", "users", "audit")) {
            counts.put(list, as("admin").get("/api/v1/" + list + "?size=1").then().statusCode(200).extract()
                    .jsonPath().getLong("totalItems"));
        }
        counts.put("scores", as("admin").get("/api/v1/issues/" + ids.get("issues") + "/scores").asString());
        counts.put("criteria-weights", as("admin").get("/api/v1/criteria").asString());
        return counts;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(no body)";
        }
        return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
    }
}
