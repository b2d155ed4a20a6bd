package kiku.web;

import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text typed by users is shown as text: markup stored through the API never reaches a page as markup. */
@QuarkusTest
class HostileTextTest {

    /** Script tag, event handler, attribute break-out and a script URL, all in one text (98 chars). */
    private static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)>"
            + " \"><svg onload=alert(1)> javascript:alert(1)";
    private static final List<String> RAW = List.of("<script>alert", "<img src=x", "<svg onload", "\"><svg");
    private static final Pattern SCRIPT_URL = Pattern.compile("(?i)(href|src|action)\\s*=\\s*\"?\\s*javascript:");

    private String title;
    private String department;
    private Map<String, String> fields;
    private long issue;

    @BeforeEach
    void storeHostileText() {
        department = unique("D") + HOSTILE;
        long departmentId = as(OFFICER).body(Map.of("name", department, "kind", "DEPARTMENT"))
                .post("/api/v1/departments").then().statusCode(201).extract().jsonPath().getLong("id");
        // PLANNED, so that the department is also listed as never heard on the overview
        long hearing = as(OFFICER).body(Map.of("departmentId", departmentId, "heldOn", "2024-04-01",
                        "status", "PLANNED", "interviewer", "I" + HOSTILE, "participants", "P" + HOSTILE,
                        "notes", "N" + HOSTILE, "followUp", "F" + HOSTILE))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        title = unique("T") + HOSTILE;
        fields = Map.of("description", "D" + HOSTILE, "background", "B" + HOSTILE, "category", "C" + HOSTILE,
                "proposal", "P" + HOSTILE);
        Map<String, Object> body = new HashMap<>(fields);
        body.putAll(Map.of("title", title, "departmentIds", List.of(departmentId), "hearingIds", List.of(hearing)));
        issue = as(OFFICER).body(body).post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void overviewShowsTheDepartmentNameAsText() {
        String html = page("/");
        assertNoMarkup(html);
        assertTrue(html.contains(escaped(department)), "never-heard department shown escaped");
    }

    @Test
    void backlogShowsTitleDepartmentAndCategoryAsText() {
        String html = page("/backlog");
        assertNoMarkup(html);
        assertTrue(html.contains(escaped(title)), "unscored issue title shown escaped");
        assertTrue(html.contains(escaped(department)), "department filter option escaped");
        assertTrue(html.contains(escaped(fields.get("category"))), "category filter option escaped");
    }

    @Test
    void issuePageShowsEveryFieldAsText() {
        String html = page("/issues/" + issue);
        assertNoMarkup(html);
        assertTrue(html.contains("<h1>" + escaped(title) + "</h1>"), "title escaped");
        assertTrue(html.contains(escaped(department)), "department escaped");
        fields.forEach((field, value) -> assertTrue(html.contains(escaped(value)), field + " escaped"));
    }

    @Test
    void filterValuesEchoedByTheBacklogAreText() {
        String html = Browser.visit(Browser.signIn(VIEWER)).queryParam("q", HOSTILE)
                .queryParam("category", fields.get("category")).get("/backlog").then().statusCode(200)
                .extract().asString();
        assertNoMarkup(html);
        assertTrue(html.contains("value=\"" + escaped(HOSTILE) + "\""), "search text escaped in its input");
    }

    private static String page(String path) {
        return Browser.visit(Browser.signIn(VIEWER)).get(path).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
    }

    private static void assertNoMarkup(String html) {
        for (String raw : RAW) {
            assertFalse(html.contains(raw), "raw markup " + raw);
        }
        assertFalse(SCRIPT_URL.matcher(html).find(), "a javascript: URL in an attribute");
    }

    /** HTML escaping as Qute does it for text and attribute values. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
