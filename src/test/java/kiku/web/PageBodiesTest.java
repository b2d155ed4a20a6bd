package kiku.web;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bodies a page's form never sends: a 4xx page, never a 500, and nothing stored. */
@QuarkusTest
class PageBodiesTest {

    /** A post as sent (no client-side encoding), with the visitor's cookies and the form's token. */
    private static HttpResponse<String> post(Forms.Opened form, String path, String type, String body)
            throws Exception {
        String cookies = form.cookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", type).header("Cookie", cookies).header("X-CSRF-TOKEN", form.token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.ISO_8859_1))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int snapshots() {
        return as(VIEWER).get("/api/v1/snapshots").jsonPath().getInt("totalItems");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"application/json | {\"name\": \"会議\"}", "text/plain | name=会議",
        "application/xml | <name/>"})
    void aFormPageTakesFormsOnly(String type, String body) throws Exception {
        Forms.Opened form = Forms.open(Browser.signIn(MANAGER), "/snapshots");
        int before = snapshots();
        HttpResponse<String> answer = post(form, "/snapshots", type, body);
        assertEquals(415, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("フォームの送信"), answer.body());
        assertEquals(before, snapshots(), "nothing stored");
    }

    /** "%zz" cannot be decoded, a multipart body without its closing boundary cannot be read: both were 500s. */
    @Test
    void undecodableFormsAreBadRequests() throws Exception {
        Forms.Opened form = Forms.open(Browser.signIn(MANAGER), "/snapshots");
        int before = snapshots();
        HttpResponse<String> percent = post(form, "/snapshots", Forms.URLENC_UTF8,
                "csrf-token=" + form.token() + "&name=%zz%%&&==\u00ff\u00fe");
        assertEquals(400, percent.statusCode(), percent.body());
        Forms.Opened upload = Forms.open(Browser.signIn(OFFICER), "/departments/import");
        HttpResponse<String> cut = post(upload, "/departments/import", "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nname\r\n総務課");
        assertEquals(400, cut.statusCode(), cut.body());
        assertEquals(before, snapshots(), "nothing stored");
    }

    @Test
    void theSignInPostTakesItsFormOnly() throws Exception {
        HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/j_security_check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"j_username\": \"admin\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, json.statusCode(), json.body());
        assertEquals("nosniff", json.headers().firstValue("X-Content-Type-Options").orElse(""), "security headers too");
        Browser.signIn(VIEWER); // the form itself still signs in
    }
}
