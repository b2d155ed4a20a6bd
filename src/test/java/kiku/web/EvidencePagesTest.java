package kiku.web;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.web.Forms.escaped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** Quotes on an issue's hearings: shown on the issue page, carried and edited by the issue form. */
@QuarkusTest
class EvidencePagesTest {

    private static final Pattern QUOTE_IDS = Pattern.compile("name=\"quoteHearingIds\" value=\"(\\d+)\"");
    private static final Pattern QUOTES = Pattern.compile("<textarea id=\"q-\\d+\" name=\"quotes\"[^>]*>\n(.*?)</textarea>",
            Pattern.DOTALL);

    @Test
    void theIssuePageQuotesAndTheFormKeepsEditsAndDropsQuotes() {
        long dept = Api.department("引用ページ課");
        long quoted = hearing(dept, "2024-04-01");
        long plain = hearing(dept, "2024-05-01");
        String quote = "毎朝30分かけて <b>台帳</b> に転記\n2行目";
        String title = unique("台帳への転記");
        long id = as(OFFICER).body(Map.of("title", title, "departmentIds", List.of(dept), "hearingIds", List.of(quoted, plain),
                "evidence", List.of(Map.of("hearingId", quoted, "quote", quote)))).post("/api/v1/issues").then()
                .statusCode(201).extract().jsonPath().getLong("id");

        String page = Forms.page(Browser.signIn(VIEWER), "/issues/" + id);
        assertTrue(page.contains("<blockquote class=\"notes\">" + escaped(quote) + "</blockquote></li>"), page);
        assertEquals(1, page.split("<blockquote").length - 1, "only the quoted hearing has a quote");

        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/issues/" + id + "/edit");
        assertTrue(form.html().contains("<label for=\"q-" + plain + "\">2024年5月1日 ")
                && form.html().contains("のヒアリングからの引用</label>"), form.html());
        Map<String, Object> fields = fieldsOf(form.html(), title, dept, List.of(quoted, plain));
        assertEquals(List.of(String.valueOf(quoted), String.valueOf(plain)), fields.get("quoteHearingIds"));
        assertEquals(List.of(quote, ""), fields.get("quotes"), "the stored quote in its textarea");
        fields.put("title", title + "（改）");
        form.post("/issues/" + id + "/edit", fields).then().statusCode(303);
        assertEquals(List.of(quote), evidence(id), "saving the form keeps the quote");

        Forms.Opened planning = Forms.open(Browser.signIn(MANAGER), "/issues/" + id + "/edit");
        Map<String, Object> planned = fieldsOf(planning.html(), title + "（改）", dept, List.of(quoted, plain));
        planned.put("status", "PLANNED");
        planned.put("quotes", List.of(quote.replace("\n", "\r\n"), "")); // as a browser sends a textarea
        planning.post("/issues/" + id + "/edit", planned).then().statusCode(303);

        form = Forms.open(Browser.signIn(OFFICER), "/issues/" + id + "/edit");
        fields = fieldsOf(form.html(), title, dept, List.of(quoted, plain));
        fields.put("quotes", List.of(quote, "長".repeat(1001)));
        String refused = form.post("/issues/" + id + "/edit", fields).then().statusCode(400).extract().asString();
        assertTrue(refused.contains("<small id=\"e-q-" + plain + "\" class=\"field-error\">1000 文字以内で入力してください。"),
                refused);
        fields.put("quotes", List.of(quote, "窓口で聞いた話"));
        form.post("/issues/" + id + "/edit", fields).then().statusCode(303);
        assertEquals(List.of(quote, "窓口で聞いた話"), evidence(id));

        // quote fields the form did not show are refused; read as "no quote" they deleted the stored ones
        form = Forms.open(Browser.signIn(OFFICER), "/issues/" + id + "/edit");
        fields = fieldsOf(form.html(), title, dept, List.of(quoted, plain));
        for (String forged : List.of("abc", "0")) {
            fields.put("quoteHearingIds", List.of(forged));
            fields.put("quotes", List.of("課長「押印が多い」"));
            form.post("/issues/" + id + "/edit", fields).then().statusCode(400);
        }
        assertEquals(List.of(quote, "窓口で聞いた話"), evidence(id), "the stored quotes stay");

        form = Forms.open(Browser.signIn(OFFICER), "/issues/" + id + "/edit");
        fields = fieldsOf(form.html(), title, dept, List.of(plain));
        form.post("/issues/" + id + "/edit", fields).then().statusCode(303);
        assertEquals(List.of("窓口で聞いた話"), evidence(id), "unticking a hearing drops its quote");
        String history = Forms.page(Browser.signIn(VIEWER), "/issues/" + id);
        assertTrue(history.contains("<dt>根拠の引用</dt>") && history.contains("<ins>「窓口で聞いた話」(#" + plain + ")</ins>"),
                "the history shows quotes as quotes: " + history);
        String english = Forms.page(Browser.signIn(OFFICER), "/issues/" + id + "/edit?lang=en");
        assertTrue(english.contains("Quotes from the hearings") && english.contains("Quote from the hearing of"), english);
    }

    /** Browsers send a textarea's line breaks as CRLF: the same text, so a manager's planning save is no edit. */
    @Test
    void aManagerSavesAnIssueWhoseTextsHaveLineBreaks() {
        long dept = Api.department("改行課");
        String title = unique("複数行の説明");
        long id = as(OFFICER).body(Map.of("title", title, "departmentIds", List.of(dept),
                "description", "一行目\n二行目", "background", "背景\n続き")).post("/api/v1/issues").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Forms.Opened planning = Forms.open(Browser.signIn(MANAGER), "/issues/" + id + "/edit");
        Map<String, Object> fields = fieldsOf(planning.html(), title, dept, List.of());
        fields.put("description", "一行目\r\n二行目");
        fields.put("background", "背景\r\n続き");
        fields.put("status", "PLANNED");
        planning.post("/issues/" + id + "/edit", fields).then().statusCode(303);
        Map<String, Object> saved = as(VIEWER).get("/api/v1/issues/" + id).then().statusCode(200).extract().jsonPath()
                .getMap("");
        assertEquals(List.of("PLANNED", "一行目\n二行目", "背景\n続き"),
                List.of(saved.get("status"), saved.get("description"), saved.get("background")));
    }

    private static long hearing(long dept, String heldOn) {
        return as(OFFICER).body(Map.of("departmentId", dept, "heldOn", heldOn, "status", "DONE"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<String> evidence(long id) {
        return as(VIEWER).get("/api/v1/issues/" + id).then().statusCode(200).extract().jsonPath().getList("evidence.quote");
    }

    /** What a browser posts back: the given fields, the version and the quote fields as the page holds them. */
    private static Map<String, Object> fieldsOf(String html, String title, long dept, List<Long> hearings) {
        Map<String, Object> fields = new HashMap<>(Map.of("title", title, "departmentIds", List.of(dept),
                "hearingIds", hearings, "status", "NEW", "quoteHearingIds", all(QUOTE_IDS, html), "quotes", all(QUOTES, html)));
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertTrue(version.find(), html);
        fields.put("version", version.group(1));
        return fields;
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&"));
        }
        return found;
    }
}
