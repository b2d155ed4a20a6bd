package kiku.web;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.web.Browser.visit;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /issues/import: create, re-import by title or ID, the API's rules per line, merged issues left alone. */
@QuarkusTest
class IssueImportPageTest {

    private static final String PATH = "/issues/import";

    private static String department() {
        String name = unique("課題課");
        as(OFFICER).body(Map.of("name", name, "kind", "DEPARTMENT")).post("/api/v1/departments").then().statusCode(201);
        return name;
    }

    /** The issues whose title contains the text (the test database keeps growing). */
    private static List<Map<String, Object>> issues(String text) {
        return as(VIEWER).queryParam("q", text).get("/api/v1/issues?size=100").jsonPath().getList("items");
    }

    @Test
    void createsFromShiftJisThenReImportUpdatesByTitleAndById() {
        String a = department();
        String b = department();
        String tag = unique("転記");
        String csv = "タイトル,部署,説明,状態,年間時間,年度\r\n" + tag + "の手作業," + a + "、" + b + ",\"台帳を\r\n手で写す, 毎月\","
                + "分析中,\"1,200\",令和6年度\r\n" + tag + "の二重入力," + a + ",,,,2025\r\n";
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), PATH);
        String preview = Imports.upload(form, PATH, csv.getBytes(Charset.forName("windows-31j"))).then().statusCode(200)
                .extract().asString();
        assertTrue(preview.contains("文字コード: Shift_JIS") && preview.contains("新規 2 件"), preview);
        assertEquals(0, issues(tag).size(), "nothing saved before confirming");
        form.post(PATH + "/confirm", Imports.confirmation(preview)).then().statusCode(303)
                .header("Location", containsString("/issues?imported=2"));
        Map<String, Object> saved = issues(tag + "の手作業").get(0);
        assertEquals(2, ((List<?>) saved.get("departmentIds")).size());
        assertEquals("台帳を\n手で写す, 毎月", saved.get("description"));
        assertEquals("ANALYZING", saved.get("status"));
        assertEquals(1200.0f, ((Number) saved.get("annualHours")).floatValue());
        assertEquals(2024, saved.get("fiscalYear"));

        Object id = saved.get("id");
        String again = "title,status\n" + tag + "の二重入力,PLANNED\n";
        String second = Imports.upload(form, PATH, again).then().statusCode(200).extract().asString();
        assertTrue(second.contains("更新 1 件"), second);
        form.post(PATH + "/confirm", Imports.confirmation(second)).then().statusCode(303);
        Map<String, Object> planned = new java.util.HashMap<>(as(VIEWER).get("/api/v1/issues/" + id).jsonPath().getMap(""));
        long hearing = as(OFFICER).body(Map.of("departmentId", ((List<?>) saved.get("departmentIds")).get(0),
                "heldOn", "2024-06-01")).post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        planned.putAll(Map.of("estimatedCostYen", 500000, "effortHours", 40.0, "plannedHalf", "FIRST",
                "hearingIds", List.of(hearing), "evidence", List.of(Map.of("hearingId", hearing, "quote", "毎月手で写す"))));
        as(OFFICER).body(planned).put("/api/v1/issues/" + id).then().statusCode(200);
        String byId = "ID,タイトル\n" + id + "," + tag + "の手作業（改題）\n";
        form.post(PATH + "/confirm", Imports.confirmation(Imports.upload(form, PATH, byId).then().statusCode(200)
                .extract().asString())).then().statusCode(303);
        List<Map<String, Object>> after = issues(tag);
        assertEquals(2, after.size(), "re-import updates instead of duplicating");
        assertTrue(after.stream().anyMatch(i -> "PLANNED".equals(i.get("status"))));
        Map<String, Object> renamed = after.stream().filter(i -> i.get("id").equals(id)).findFirst().orElseThrow();
        assertEquals(tag + "の手作業（改題）", renamed.get("title"));
        assertEquals("ANALYZING", renamed.get("status"), "columns the file lacks keep their values");
        assertEquals(500000, ((Number) renamed.get("estimatedCostYen")).intValue(), "the plan's estimates are kept");
        assertEquals("FIRST", renamed.get("plannedHalf"));
        assertEquals(List.of(Map.of("hearingId", (int) hearing, "quote", "毎月手で写す")), renamed.get("evidence"),
                "an import keeps the hearings' quotes");
        List<String> trail = as(MANAGER).get("/api/v1/audit?entity=issue&id=" + id).jsonPath().getList("items.action");
        assertEquals(List.of("UPDATE", "UPDATE", "CREATE"), trail);
    }

    @Test
    void theApiRulesRefuseLinesAndNothingIsWrittenUnlessOnlyValidOnes() {
        String dept = department();
        String tag = unique("検証");
        long merged = kiku.Api.issue(tag + "統合元", idOf(dept));
        long target = kiku.Api.issue(tag + "統合先", idOf(dept));
        as(OFFICER).body(Map.of("sourceIssueId", merged)).post("/api/v1/issues/" + target + "/merge").then().statusCode(200);
        String csv = "ID,タイトル,部署,状態,年度\n,"
                + tag + "良い行," + dept + ",,\n"
                + "," + tag + "部署なし,,,\n"
                + ",\"" + tag + "長".repeat(200) + "\"," + dept + ",,\n"
                + "," + tag + "統合状態," + dept + ",統合済み,\n"
                + merged + "," + tag + "統合元," + dept + ",,\n"
                + "," + tag + "年度違い," + dept + ",,3000\n";
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), PATH);
        String html = Imports.upload(form, PATH, csv).then().statusCode(400).extract().asString();
        for (String message : List.of("部署が空です。", "タイトルは 200 文字以内にしてください。",
                "状態を「統合済み」にはできません", "課題 " + merged + " は統合済みのため", "年度「3000」は範囲外です。",
                "新規 1 件", "エラー 5 件")) {
            assertTrue(html.contains(message), message + " in " + html);
        }
        form.post(PATH + "/confirm", Imports.confirmation(html)).then().statusCode(400);
        assertEquals(0, issues(tag + "良い行").size(), "one bad line: nothing written");
        form.post(PATH + "/confirm", Imports.validOnly(html)).then().statusCode(303)
                .header("Location", containsString("/issues?imported=1"));
        assertEquals(1, issues(tag + "良い行").size());
        assertEquals("MERGED", as(VIEWER).get("/api/v1/issues/" + merged).jsonPath().getString("status"));
    }

    @Test
    void viewersAreRefusedAndHostileTitlesAreShownAsText() {
        Map<String, String> viewer = Browser.signIn(VIEWER);
        visit(viewer).get(PATH).then().statusCode(403);
        Imports.upload(Forms.open(viewer, "/issues"), PATH, "title\nx\n").then().statusCode(403);

        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/issues");
        assertTrue(form.html().contains("href=\"/issues/import\""), "linked from the list");
        String hostile = "\"" + HostileText.HOSTILE.replace("\"", "\"\"") + "\"";
        String html = Imports.upload(form, PATH, "title,departments,status\n" + hostile + "," + hostile + "," + hostile + "\n")
                .then().statusCode(400).extract().asString();
        HostileText.assertNoMarkup(html);
    }

    private static long idOf(String department) {
        return ((Number) DepartmentImportPageTest.departments().get(department).get("id")).longValue();
    }
}
