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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
        "/api/v1/issues      | {\"title\": \"課題\", \"departmentIds\": [1], \"fiscalYear\": \"\"} | fiscalYear",
        "/api/v1/departments | {\"name\": \"課\", \"kind\": \"UNIT\", \"active\": \"\"}     | active",
        "/api/v1/issues      | {\"title\": \"課題\", \"departmentIds\": [1], \"annualHours\": \"多い\"} | annualHours",
    })
    void wrongTypes(String path, String body, String field) {
        problem(as(OFFICER).body(body).post(path), 400).body("violations.field", hasItem(field));
    }

    /** Dates Kiku would not give back as sent: before 1900 (0000-01-01 came back as 0001-01-01), after 2999. */
    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "1899-12-31", "3000-01-01", "+999999999-12-31", "-0001-01-01"})
    void datesOutsideWhatIsKept(String date) {
        problem(as(OFFICER).body("{\"departmentId\": 1, \"heldOn\": \"" + date + "\"}").post("/api/v1/hearings"), 400)
                .body("violations.field", hasItem("heldOn"));
        problem(as(VIEWER).get("/api/v1/hearings?from=" + date), 400);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/departments | {\"name\": \"課\", \"kind\": \"DIVISION\"}                 | kind",
        "/api/v1/departments | {\"name\": \"課\", \"kind\": 1}                            | kind",
        "/api/v1/hearings    | {\"departmentId\": 1, \"heldOn\": \"2024-01-01\", \"status\": \"CANCELLED\"} | status",
        "/api/v1/issues      | {\"title\": \"課題\", \"departmentIds\": [1], \"status\": \"open\"} | status",
        "/api/v1/issues      | {\"title\": \"課題\", \"departmentIds\": [1], \"status\": \"REJECTED\\u0000\"} | status",
        "/api/v1/issues      | {\"title\": \"課題\", \"departmentIds\": [1], \"status\": \" NEW\"} | status",
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

    /** Bodies no JSON reader should see: a broken multipart (was a 500), a form (an empty 400), text, UTF-16. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/v1/departments | multipart/form-data; boundary=x",
        "/api/v1/departments | application/x-www-form-urlencoded",
        "/api/v1/snapshots   | text/plain",
        "/api/v1/issues      | application/json; charset=UTF-16",
        "/api/v1/hearings    | no/such type",
    })
    void onlyJsonInUtf8(String path, String type) throws Exception {
        String body = "{\"name\": \"会議\", \"kind\": \"UNIT\"}";
        int snapshots = as(VIEWER).get("/api/v1/snapshots").jsonPath().getInt("totalItems");
        HttpResponse<String> refused = raw(Api.MANAGER, path, type, body, false);
        assertEquals(415, refused.statusCode(), refused.body());
        assertEquals(PROBLEM, refused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(refused.body().contains("Content-Type は application/json にしてください。"), refused.body());
        assertEquals(snapshots, as(VIEWER).get("/api/v1/snapshots").jsonPath().getInt("totalItems"));

        String named = "{\"name\": \"" + Api.unique("会議") + "\", \"kind\": \"UNIT\"}";
        assertEquals(201, raw(OFFICER, "/api/v1/departments", "application/json; charset=utf-8", named, false)
                .statusCode());
        assertEquals(400, raw(OFFICER, "/api/v1/departments", "application/merge-patch+json", "{}", false)
                .statusCode(), "a +json type is read (and this body then found wanting)");
    }

    /** A body in chunks declares no length: it is counted as it is read, and refused past 1 MiB. */
    @Test
    void chunkedBodyOverOneMebibyte() throws Exception {
        long department = Api.department("チャンク課");
        String head = "{\"departmentId\": " + department + ", \"heldOn\": \"2024-01-01\", \"notes\": \"";
        HttpResponse<String> small = raw(OFFICER, "/api/v1/hearings", "application/json", head + "短い\"}", true);
        assertEquals(201, small.statusCode(), small.body());
        int hearings = as(VIEWER).get("/api/v1/hearings?size=1").jsonPath().getInt("totalItems");
        HttpResponse<String> large = raw(OFFICER, "/api/v1/hearings", "application/json",
                head + "あ".repeat(400_000) + "\"}", true);
        assertEquals(413, large.statusCode(), large.body());
        assertEquals(PROBLEM, large.headers().firstValue("Content-Type").orElse(""));
        assertEquals(hearings, as(VIEWER).get("/api/v1/hearings?size=1").jsonPath().getInt("totalItems"));
    }

    /** A request as sent, without RestAssured's encoding; {@code chunked}: no declared length. */
    private static HttpResponse<String> raw(String user, String path, String type, String body, boolean chunked)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String credentials = user + ":" + Api.password(user);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", type)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                // a supplier of a stream has no length: the client sends it in chunks
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                        : HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/nothing-here", "/api/v1/issues/1/nothing", "/api/v1/departments/abc"})
    void unknownPath(String path) {
        problem(as(VIEWER).get(path), 404);
    }

    /** No list takes a sort, and a filter named twice is not read as its first value. */
    @ParameterizedTest
    @CsvSource({"/api/v1/issues?sort=title, sort", "/api/v1/backlog?order=desc, order",
            "/api/v1/backlog?department=1&department=2, department", "/api/v1/issues?status=NEW&status=DONE, status",
            "/api/v1/departments?page=0&page=1, page"})
    void sortsAndRepeatedParameters(String path, String field) {
        problem(as(VIEWER).get(path), 400).body("violations.field", hasItem(field));
        as(VIEWER).get(path.substring(0, path.indexOf('?'))).then().statusCode(200);
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

    /** A header the framework cannot read (a weight over 1, a broken one) leaves the default language, not a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"en;q=2", "*;q=abc", "en;q=", "ja;q=1.5"})
    void malformedAcceptLanguage(String header) {
        problem(as(VIEWER).header("Accept-Language", header).get("/api/v1/issues/999999999"), 404)
                .body("detail", equalTo("課題 999999999 は見つかりません。"));
        problem(Api.anonymous().header("Accept-Language", header).get("/api/v1/me"), 401);
        as(VIEWER).header("Accept-Language", header).get("/api/v1/departments").then().statusCode(200);
    }
}
