package kiku.issue;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IssueApiTest {

    private static final String ISSUES = "/api/v1/issues";

    /** An issue body of one department with the given extra fields. */
    private static Map<String, Object> issue(String title, long departmentId, Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "departmentIds", List.of(departmentId)));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private static long create(Map<String, Object> body) {
        return as(OFFICER).body(body).post(ISSUES).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> read(long id) {
        return new HashMap<>(as(VIEWER).get(ISSUES + "/" + id).then().statusCode(200).extract().jsonPath().getMap(""));
    }

    /** A Japanese word no other test uses: kanji digits of a unique number. */
    private static String japaneseWord(String prefix) {
        String number = Api.unique("").replaceAll("\\D", "");
        StringBuilder word = new StringBuilder(prefix);
        number.chars().forEach(c -> word.append("〇一二三四五六七八九".charAt(c - '0')));
        return word.toString();
    }

    private static Response get(String query) {
        return as(VIEWER).get(ISSUES + "?size=500&" + query);
    }

    @Test
    void createsWithDefaults() {
        long dept = Api.department("情報政策課");
        var response = as(OFFICER).body(issue("紙の決裁で押印待ちが発生", dept)).post(ISSUES);
        long id = response.then().statusCode(201).body("title", equalTo("紙の決裁で押印待ちが発生"))
                .body("status", equalTo("NEW")).body("departmentIds", containsInAnyOrder((int) dept))
                .body("hearingIds", empty()).body("mergedIntoId", nullValue()).body("fiscalYear", nullValue())
                .body("version", equalTo(0)).extract().jsonPath().getLong("id");
        response.then().header("Location", endsWith(ISSUES + "/" + id));
        as(VIEWER).get(ISSUES + "/" + id).then().statusCode(200).body("title", equalTo("紙の決裁で押印待ちが発生"));
        as(OFFICER).body(issue("課".repeat(200), dept)).post(ISSUES).then().statusCode(201);
    }

    @Test
    void refusesInvalidIssues() {
        long dept = Api.department("財政課");
        expect400(issue("", dept), "title");
        expect400(issue("   ", dept), "title");
        expect400(issue("課".repeat(201), dept), "title");
        expect400(Map.of("title", "部署のない課題", "departmentIds", List.of()), "departmentIds");
        expect400(Map.of("title", "部署のない課題"), "departmentIds");
        expect400(issue("存在しない部署", 999999999L), "departmentIds");
        expect400(issue("存在しないヒアリング", dept, "hearingIds", List.of(999999999L)), "hearingIds");
        expect400(issue("統合済みで登録", dept, "status", "MERGED"), "status");
        expect400(issue("年度が小数", dept, "fiscalYear", 2024.5), "fiscalYear");
        expect400(issue("負の作業時間", dept, "annualHours", -1), "annualHours");
    }

    private static void expect400(Map<String, Object> body, String field) {
        as(OFFICER).body(body).post(ISSUES).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void searchesTitleDescriptionBackgroundAndProposal() {
        long dept = Api.department("市民課");
        String word = japaneseWord("押印");
        long inTitle = create(issue("窓口で" + word + "が発生", dept));
        long inDescription = create(issue("転記作業", dept, "description", "毎朝" + word + "を確認している"));
        long inBackground = create(issue("台帳管理", dept, "background", "以前から" + word + "が続く"));
        long inProposal = create(issue("電子化", dept, "proposal", word + "を廃止して電子決裁を導入"));
        create(issue("分類だけ一致", dept, "category", word));
        create(issue("無関係な課題", dept, "description", "押印"));

        get("q=" + word).then().statusCode(200).body("totalItems", equalTo(4))
                .body("items.id", containsInAnyOrder((int) inTitle, (int) inDescription, (int) inBackground,
                        (int) inProposal));
        get("q=" + word.substring(1, word.length() - 1) + "&department=" + dept).then()
                .body("items.id", containsInAnyOrder((int) inTitle, (int) inDescription, (int) inBackground,
                        (int) inProposal));
        get("q=" + word + "ありません").then().statusCode(200).body("items", empty());
    }

    @Test
    void combinesFilters() {
        long a = Api.department("保険年金課");
        long b = Api.department("介護保険課");
        String paper = Api.unique("紙・押印");
        String staff = Api.unique("人手不足");
        long aNewPaper = create(issue("国保の申請書", a, "category", paper));
        long aAnalyzingPaper = create(issue("年金の届出", a, "category", paper, "status", "ANALYZING"));
        long bNewPaper = create(issue("介護認定の書類", b, "category", paper));
        long aNewStaff = create(issue("窓口の人員", a, "category", staff));

        get("department=" + a).then().body("items.id",
                containsInAnyOrder((int) aNewPaper, (int) aAnalyzingPaper, (int) aNewStaff));
        get("department=" + a + "&category=" + paper).then().body("items.id",
                containsInAnyOrder((int) aNewPaper, (int) aAnalyzingPaper));
        get("department=" + a + "&status=NEW&category=" + paper).then().body("totalItems", equalTo(1))
                .body("items.id", containsInAnyOrder((int) aNewPaper));
        get("status=NEW&category=" + paper).then().body("items.id", containsInAnyOrder((int) aNewPaper, (int) bNewPaper));
        get("department=" + b + "&status=ANALYZING").then().body("items", empty());
    }

    @Test
    void refusesUnknownFilters() {
        get("department=999999999").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("department"));
        get("department=abc").then().statusCode(400).body("violations.field", hasItem("department"));
        get("status=OPEN").then().statusCode(400).body("violations.field", hasItem("status"));
    }

    @Test
    void updatesWithTheVersionItRead() {
        long dept = Api.department("道路課");
        long id = create(issue("道路占用の許可が紙", dept));
        Map<String, Object> body = read(id);
        body.put("description", "申請は窓口のみ");
        body.put("annualHours", 120.0);
        as(OFFICER).body(body).put(ISSUES + "/" + id).then().statusCode(200)
                .body("description", equalTo("申請は窓口のみ")).body("annualHours", equalTo(120.0f))
                .body("version", equalTo(1));

        body.put("description", "古い版からの変更");
        as(OFFICER).body(body).put(ISSUES + "/" + id).then().statusCode(409).contentType("application/problem+json");
        body.remove("version");
        as(OFFICER).body(body).put(ISSUES + "/" + id).then().statusCode(400).body("violations.field", hasItem("version"));
        body.put("version", 1);
        body.put("status", "MERGED");
        as(OFFICER).body(body).put(ISSUES + "/" + id).then().statusCode(400).body("violations.field", hasItem("status"));
        assertEquals("申請は窓口のみ", read(id).get("description"));
        assertEquals(1, read(id).get("version"));
    }

    @Test
    void managerChangesOnlyStatusAndFiscalYear() {
        long dept = Api.department("企画課");
        long id = create(issue("計画の進捗をExcelで集計", dept, "description", "毎月手作業", "annualHours", 80.5));
        Map<String, Object> body = read(id);
        body.put("status", "PLANNED");
        body.put("fiscalYear", 2025);
        as(MANAGER).body(body).put(ISSUES + "/" + id).then().statusCode(200)
                .body("status", equalTo("PLANNED")).body("fiscalYear", equalTo(2025)).body("version", equalTo(1));

        body.put("version", 1);
        body.put("title", "計画の進捗をシステムで集計");
        as(MANAGER).body(body).put(ISSUES + "/" + id).then().statusCode(403).contentType("application/problem+json");
        body.put("title", "計画の進捗をExcelで集計");
        body.remove("description");
        as(MANAGER).body(body).put(ISSUES + "/" + id).then().statusCode(403);
        assertEquals("毎月手作業", read(id).get("description"));

        body.put("title", "計画の進捗をシステムで集計");
        body.put("status", "IN_PROGRESS");
        body.put("fiscalYear", 2026);
        as(OFFICER).body(body).put(ISSUES + "/" + id).then().statusCode(200)
                .body("title", equalTo("計画の進捗をシステムで集計")).body("description", nullValue())
                .body("status", equalTo("IN_PROGRESS")).body("fiscalYear", equalTo(2026));
        as(MANAGER).body(issue("managerは作成できない", dept)).post(ISSUES).then().statusCode(403);
    }

    @Test
    void deletes() {
        long id = create(issue("廃止予定の手続き", Api.department("総務課")));
        as(VIEWER).delete(ISSUES + "/" + id).then().statusCode(403);
        as(OFFICER).delete(ISSUES + "/" + id).then().statusCode(204);
        as(VIEWER).get(ISSUES + "/" + id).then().statusCode(404).contentType("application/problem+json");
        as(OFFICER).delete(ISSUES + "/" + id).then().statusCode(404);
    }
}
