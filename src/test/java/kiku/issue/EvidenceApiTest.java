package kiku.issue;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quotes on issue–hearing links: {@code evidence} of an issue, through create, replace, merge and the audit trail. */
@QuarkusTest
class EvidenceApiTest {

    private static final String ISSUES = "/api/v1/issues";

    private String title;
    private long dept;
    private long h1;
    private long h2;
    private long h3;

    @BeforeEach
    void hearings() {
        title = Api.unique("引用の検査");
        dept = Api.department("引用課");
        h1 = hearing("2024-06-01");
        h2 = hearing("2024-05-01");
        h3 = hearing("2024-07-01");
    }

    private long hearing(String heldOn) {
        return as(OFFICER).body(Map.of("departmentId", dept, "heldOn", heldOn, "status", "DONE", "notes", "メモ"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Map<String, Object> body(List<Long> hearings, Object evidence) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "departmentIds", List.of(dept),
                "hearingIds", hearings));
        if (evidence != null) {
            body.put("evidence", evidence);
        }
        return body;
    }

    private static Map<String, Object> quote(long hearing, String text) {
        return Map.of("hearingId", hearing, "quote", text);
    }

    private static JsonPath read(long id) {
        return as(VIEWER).get(ISSUES + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath put(long id, Map<String, Object> body) {
        body.put("version", read(id).getLong("version"));
        return as(OFFICER).body(body).put(ISSUES + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void createdQuotesComeBackByHearingIdAndBlankIsNoQuote() {
        JsonPath created = as(OFFICER).body(body(List.of(h1, h2, h3), List.of(quote(h3, "  三つ目の発言  "),
                quote(h1, "毎朝30分、\n台帳に転記している"), quote(h2, "   ")))).post(ISSUES).then().statusCode(201)
                .extract().jsonPath();
        long id = created.getLong("id");
        List<Map<String, Object>> expected = List.of(Map.of("hearingId", (int) h1, "quote", "毎朝30分、\n台帳に転記している"),
                Map.of("hearingId", (int) h3, "quote", "三つ目の発言"));
        assertEquals(expected, created.getList("evidence"));
        assertEquals(expected, read(id).getList("evidence"));
        assertEquals(0, read(id).getInt("version"));
        as(VIEWER).get(ISSUES + "?size=500&department=" + dept).then().body("items.evidence", hasItem(expected));
        as(OFFICER).body(body(List.of(), null)).post(ISSUES).then().statusCode(201).body("evidence", equalTo(List.of()));
        as(OFFICER).delete(ISSUES + "/" + id).then().statusCode(204);
        as(VIEWER).get(ISSUES + "/" + id).then().statusCode(404);
        as(OFFICER).delete("/api/v1/hearings/" + h1).then().statusCode(204); // no link, no quote left behind
    }

    @Test
    void replacingKeepsQuotesWithoutEvidenceClearsWithAnEmptyListAndUnlinkingDropsThem() {
        long id = as(OFFICER).body(body(List.of(h1, h2), List.of(quote(h1, "一つ目"), quote(h2, "二つ目"))))
                .post(ISSUES).then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath kept = put(id, body(List.of(h1, h2, h3), null));
        assertEquals(List.of("一つ目", "二つ目"), kept.getList("evidence.quote"));

        JsonPath unlinked = put(id, body(List.of(h2, h3), null));
        assertEquals(List.of((int) h2), unlinked.getList("evidence.hearingId"));
        JsonPath relinked = put(id, body(List.of(h1, h2, h3), null));
        assertEquals(List.of((int) h2), relinked.getList("evidence.hearingId"), "the quote went with its link");

        long version = relinked.getLong("version");
        JsonPath changed = put(id, body(List.of(h1, h2, h3), List.of(quote(h3, "三つ目"), quote(h2, "二つ目"))));
        assertEquals(List.of("二つ目", "三つ目"), changed.getList("evidence.quote"));
        assertEquals(version + 1, changed.getLong("version"), "a quote alone is a change of the issue");
        Map<String, Object> stale = body(List.of(h1, h2, h3), List.of());
        stale.put("version", version);
        as(OFFICER).body(stale).put(ISSUES + "/" + id).then().statusCode(409);

        JsonPath cleared = put(id, body(List.of(h1, h2, h3), List.of()));
        assertEquals(List.of(), cleared.getList("evidence"));
        assertEquals(List.of((int) h1, (int) h2, (int) h3), cleared.getList("hearingIds"), "the links stay");

        List<Map<String, Object>> audit = as(MANAGER).get("/api/v1/audit?entity=issue&id=" + id).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertEquals(List.of(Map.of("hearingId", (int) h2, "quote", "二つ目"), Map.of("hearingId", (int) h3, "quote", "三つ目")),
                ((Map<?, ?>) audit.get(0).get("before")).get("evidence"), "before → after in the audit trail");
        assertEquals(List.of(), ((Map<?, ?>) audit.get(0).get("after")).get("evidence"));
    }

    @Test
    void aManagerMayPlanButNotChangeQuotes() {
        long id = as(OFFICER).body(body(List.of(h1), List.of(quote(h1, "根拠")))).post(ISSUES).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> plan = body(List.of(h1), List.of(quote(h1, "根拠")));
        plan.put("status", "PLANNED");
        plan.put("version", 0);
        as(MANAGER).body(plan).put(ISSUES + "/" + id).then().statusCode(200).body("evidence[0].quote", equalTo("根拠"));
        Map<String, Object> edit = body(List.of(h1), List.of(quote(h1, "書き換え")));
        edit.put("status", "PLANNED");
        edit.put("version", read(id).getLong("version"));
        as(MANAGER).body(edit).put(ISSUES + "/" + id).then().statusCode(403);
    }

    @Test
    void refusesQuotesOfUnlinkedHearingsDuplicatesTooLongAndControlCharacters() {
        expect400(body(List.of(h1), List.of(quote(h2, "ほかのヒアリング"))), "evidence", "hearingIds にありません");
        expect400(body(List.of(h1), List.of(quote(h1, "一回目"), quote(h1, "二回目"))), "evidence", "2 回指定");
        expect400(body(List.of(h1), List.of(quote(h1, "長".repeat(1001)))), "evidence[0].quote", null);
        expect400(body(List.of(h1), List.of(quote(h1, "ベル\u0007"))), "evidence[0].quote", "制御文字");
        expect400(body(List.of(h1), List.of(Map.of("quote", "番号なし"))), "evidence[0].hearingId", null);
        as(OFFICER).header("Accept-Language", "en").body(body(List.of(h1), List.of(quote(h2, "x")))).post(ISSUES)
                .then().statusCode(400).body("violations[0].message", containsString("not linked to the issue"));
        as(OFFICER).body(body(List.of(h1), List.of(quote(h1, "長".repeat(1000))))).post(ISSUES).then().statusCode(201);
    }

    private static void expect400(Map<String, Object> body, String field, String message) {
        var answer = as(OFFICER).body(body).post(ISSUES).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        if (message != null) {
            answer.body("violations[0].message", containsString(message));
        }
    }

    @Test
    void mergeBringsTheSourcesQuotesAndKeepsTheTargetsOwn() {
        long target = as(OFFICER).body(body(List.of(h1, h2), List.of(quote(h1, "統合先の引用"))))
                .post(ISSUES).then().statusCode(201).extract().jsonPath().getLong("id");
        long source = as(OFFICER).body(body(List.of(h1, h2, h3), List.of(quote(h1, "統合元の引用"), quote(h2, "二つ目"),
                quote(h3, "三つ目")))).post(ISSUES).then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath merged = as(OFFICER).body(Map.of("sourceIssueId", source)).post(ISSUES + "/" + target + "/merge")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("統合先の引用", "二つ目", "三つ目"), merged.getList("evidence.quote"));
        assertEquals(merged.getList("evidence"), read(target).getList("evidence"));
        assertEquals(3, read(source).getList("evidence").size(), "the source keeps its record");

        // a target that already links every hearing still changes (and gets a new version) by a quote
        long full = as(OFFICER).body(body(List.of(h1), null)).post(ISSUES).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long quoting = as(OFFICER).body(body(List.of(h1), List.of(quote(h1, "移る引用")))).post(ISSUES).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(OFFICER).body(Map.of("sourceIssueId", quoting)).post(ISSUES + "/" + full + "/merge").then().statusCode(200)
                .body("evidence[0].quote", equalTo("移る引用")).body("version", equalTo(1));
    }
}
