package kiku.web;

import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import kiku.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input of every kind gets a problem+json answer with a 4xx status, never a 5xx. */
@QuarkusTest
class ApiErrorTest {

    private static final String PROBLEM = "application/problem+json";

    /** Asserts a problem+json answer of the given status, without class names or stack traces. */
    private static ValidatableResponse problem(Response response, int status) {
        return response.then().statusCode(status).contentType(PROBLEM).body("status", equalTo(status))
                .body("title", notNullValue()).body("detail", notNullValue())
                .body("detail", not(containsString("Exception"))).body("detail", not(containsString("kiku.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"name\": }", "[1, 2", "これはJSONではない", "{\"name\": \"課\",}",
            "{\"name\": \"課\", \"kind\": \"DEPARTMENT\"} {}", "{\"name\": \"課\" \"kind\": \"UNIT\"}"})
    void malformedJson(String body) {
        problem(as(OFFICER).body(body).post("/api/v1/departments"), 400);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/departments | {\"name\": 123, \"kind\": \"DEPARTMENT\"}                    | name",
        "/api/v1/departments | {\"name\": \"課\", \"kind\": \"UNIT\", \"active\": \"yes\"}  | active",
        "/api/v1/departments | {\"name\": \"課\", \"kind\": \"UNIT\", \"parentId\": \"abc\"} | parentId",
        "/api/v1/hearings    | {\"departmentId\": \"abc\", \"heldOn\": \"2024-01-01\"}      | departmentId",
        "/api/v1/hearings    | {\"departmentId\": 1, \"heldOn\": \"2024-01-01\", \"notes\": 42} | notes",
        "/api/v1/hearings    | {\"departmentId\": 1, \"heldOn\": \"2024-01-01\", \"followUpDone\": 1} | followUpDone",
        "/api/v1/issues      | {\"title\": [\"配列\"], \"departmentIds\": [1]}              | title",
        "/api/v1/issues      | {\"title\": \"課題\", \"departmentIds\": [\"a\"]}             | departmentIds[0]",
        "/api/v1/issues      | {\"title\": \"課題\", \"departmentIds\": 1}                   | departmentIds",
        "/api/v1/issues      | {\"title\": \"課題\", \"departmentIds\": [1], \"fiscalYear\": \"2024\"} | fiscalYear",
        "/api/v1/issues      | {\"title\": \"課題\", \"departmentIds\": [1], \"annualHours\": \"多い\"} | annualHours",
    })
    void wrongTypes(String path, String body, String field) {
        problem(as(OFFICER).body(body).post(path), 400).body("violations.field", hasItem(field));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/departments | {\"name\": \"課\", \"kind\": \"DIVISION\"}                 | kind",
        "/api/v1/departments | {\"name\": \"課\", \"kind\": 1}                            | kind",
        "/api/v1/hearings    | {\"departmentId\": 1, \"heldOn\": \"2024-01-01\", \"status\": \"CANCELLED\"} | status",
        "/api/v1/issues      | {\"title\": \"課題\", \"departmentIds\": [1], \"status\": \"open\"} | status",
    })
    void unknownEnumValues(String path, String body, String field) {
        problem(as(OFFICER).body(body).post(path), 400).body("violations.field", hasItem(field));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/departments | {\"name\": \"課\", \"kind\": \"UNIT\", \"parentId\": 1.5}  | parentId",
        "/api/v1/hearings    | {\"departmentId\": 2.5, \"heldOn\": \"2024-01-01\"}     | departmentId",
        "/api/v1/issues      | {\"title\": \"課題\", \"departmentIds\": [1.5]}          | departmentIds[0]",
        "/api/v1/issues      | {\"title\": \"課題\", \"departmentIds\": [1], \"fiscalYear\": 2024.5} | fiscalYear",
    })
    void fractionsWhereIntegersBelong(String path, String body, String field) {
        problem(as(OFFICER).body(body).post(path), 400).body("violations.field", hasItem(field));
    }

    @Test
    void fractionalVersionIsNotTruncated() {
        long id = Api.department("監査課");
        String body = "{\"name\": \"監査委員事務局\", \"kind\": \"DEPARTMENT\", \"version\": 0.5}";
        problem(as(OFFICER).body(body).put("/api/v1/departments/" + id), 400).body("violations.field", hasItem("version"));
        as(VIEWER).get("/api/v1/departments/" + id).then().body("version", equalTo(0))
                .body("name", not(equalTo("監査委員事務局")));
    }

    @Test
    void missingBody() {
        problem(as(OFFICER).post("/api/v1/departments"), 400);
        problem(as(OFFICER).post("/api/v1/issues"), 400);
        problem(as(OFFICER).body("null").post("/api/v1/hearings"), 400);
        problem(as(OFFICER).put("/api/v1/departments/" + Api.department("議会事務局")), 400);
    }

    @ParameterizedTest
    @CsvSource({"DELETE, /api/v1/departments", "PUT, /api/v1/issues", "POST, /api/v1/me", "PATCH, /api/v1/hearings"})
    void wrongMethod(String method, String path) {
        problem(as(OFFICER).body("{}").request(method, path), 405);
    }

    @Test
    void wrongMediaType() {
        problem(as(OFFICER).contentType(ContentType.TEXT).body("{\"name\": \"課\", \"kind\": \"UNIT\"}")
                .post("/api/v1/departments"), 415);
        problem(as(OFFICER).contentType(ContentType.XML).body("<department/>").post("/api/v1/issues"), 415);
    }

    @Test
    void bodyOverOneMebibyte() {
        String body = "{\"departmentId\": 1, \"heldOn\": \"2024-01-01\", \"notes\": \"" + "あ".repeat(400_000) + "\"}";
        try {
            int status = as(OFFICER).body(body).post("/api/v1/hearings").statusCode();
            assertEquals(413, status);
        } catch (Exception e) {
            // The server may close the connection instead of answering: that is allowed, a 5xx is not.
            if (!(e instanceof IOException) && !(e.getCause() instanceof IOException)) {
                throw e;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/nothing-here", "/api/v1/issues/1/nothing", "/api/v1/departments/abc"})
    void unknownPath(String path) {
        problem(as(VIEWER).get(path), 404);
    }

    @Test
    void detailFollowsAcceptLanguage() {
        String path = "/api/v1/issues/999999999";
        problem(as(VIEWER).header("Accept-Language", "en").get(path), 404)
                .body("title", equalTo("Not Found")).body("detail", equalTo("Issue 999999999 does not exist."));
        problem(as(VIEWER).get(path), 404)
                .body("title", equalTo("見つかりません")).body("detail", equalTo("課題 999999999 は見つかりません。"));
        problem(as(VIEWER).header("Accept-Language", "fr-FR, en;q=0.8").get(path), 404)
                .body("detail", equalTo("Issue 999999999 does not exist."));
        problem(as(VIEWER).header("Accept-Language", "ja-JP").get("/api/v1/nothing-here"), 404)
                .body("detail", equalTo("このアドレスは見つかりません。"));
        problem(as(VIEWER).header("Accept-Language", "en-GB").get("/api/v1/nothing-here"), 404)
                .body("detail", equalTo("There is nothing at this address."));
    }
}
