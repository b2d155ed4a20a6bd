package kiku.web;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.web.Browser.visit;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /hearings/import: upload → preview (nothing saved) → confirm; re-import updates; bad lines write nothing. */
@QuarkusTest
class HearingImportPageTest {

    private static final String PATH = "/hearings/import";

    /** A new department's name; its id is found through the API. */
    private static String department() {
        String name = unique("聴取課");
        as(OFFICER).body(Map.of("name", name, "kind", "DEPARTMENT")).post("/api/v1/departments").then().statusCode(201);
        return name;
    }

    private static long idOf(String department) {
        return ((Number) DepartmentImportPageTest.departments().get(department).get("id")).longValue();
    }

    private static List<Map<String, Object>> hearingsOf(String department) {
        return as(VIEWER).get("/api/v1/hearings?size=100&department=" + idOf(department)).jsonPath().getList("items");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8 BOM", "Shift_JIS"})
    void previewConfirmThenReImportUpdates(String encoding) {
        String dept = department();
        String csv = "実施日,部署,聞き手,メモ,状態\r\n2024/4/1," + dept + ",青木,\"窓口が混む,\r\n特に月曜\",実施済\r\n"
                + "令和6年5月7日," + dept + ",佐藤,,予定\r\n";
        byte[] bytes = encoding.equals("Shift_JIS") ? csv.getBytes(Charset.forName("windows-31j")) : Imports.withBom(csv);
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), PATH);
        String preview = Imports.upload(form, PATH, bytes).then().statusCode(200).extract().asString();
        assertTrue(preview.contains("新規 2 件") && preview.contains("文字コード: " + encoding.replace("UTF-8 BOM", "UTF-8 (BOM)")),
                preview);
        assertTrue(preview.contains("2024年5月7日"), "the era date read");
        assertEquals(0, hearingsOf(dept).size(), "nothing saved before confirming");

        form.post(PATH + "/confirm", Imports.confirmation(preview)).then().statusCode(303)
                .header("Location", containsString("/hearings?imported=2"));
        List<Map<String, Object>> saved = hearingsOf(dept);
        assertEquals(2, saved.size());
        Map<String, Object> first = saved.stream().filter(h -> "2024-04-01".equals(h.get("heldOn"))).findFirst().orElseThrow();
        assertEquals("窓口が混む,\n特に月曜", first.get("notes"));
        assertEquals("DONE", first.get("status"));
        assertTrue(Forms.page(form.cookies(), "/hearings?imported=2").contains("2 行を取り込みました"));

        String again = "部署,実施日,メモ\n" + dept + ",2024-04-01,窓口が混む（改善済み）\n" + dept + ",2024-05-07,\n";
        String second = Imports.upload(form, PATH, again).then().statusCode(200).extract().asString();
        assertTrue(second.contains("新規 0 件、更新 1 件、変更なし 1 件"), second);
        form.post(PATH + "/confirm", Imports.confirmation(second)).then().statusCode(303);
        List<Map<String, Object>> updated = hearingsOf(dept);
        assertEquals(2, updated.size(), "re-import updates instead of duplicating");
        Map<String, Object> changed = updated.stream().filter(h -> "2024-04-01".equals(h.get("heldOn"))).findFirst().orElseThrow();
        assertEquals("窓口が混む（改善済み）", changed.get("notes"));
        assertEquals("青木", changed.get("interviewer"), "a column the file lacks keeps its value");
        List<String> trail = as(MANAGER).get("/api/v1/audit?entity=hearing&id=" + changed.get("id")).jsonPath()
                .getList("items.action");
        assertEquals(List.of("UPDATE", "CREATE"), trail, "both writes audited");
    }

    @Test
    void oneBadLineWritesNothingUnlessOnlyValidLinesAreChosen() {
        String dept = department();
        String csv = "部署,実施日,聞き手\n" + dept + ",2024-06-01,青木\nどこにもない課,2024-06-02,\n" + dept + ",2024/13/40,\n"
                + dept + ",2024-06-03," + "長".repeat(201) + "\n";
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), PATH);
        String html = Imports.upload(form, PATH, csv).then().statusCode(400).extract().asString();
        for (String message : List.of("部署「どこにもない課」が見つかりません", "実施日「2024/13/40」を日付として読めません",
                "聞き手は 200 文字以内にしてください。", "エラーのない行だけを取り込めます", "新規 1 件")) {
            assertTrue(html.contains(message), message + " in " + html);
        }
        form.post(PATH + "/confirm", Imports.confirmation(html)).then().statusCode(400)
                .body(containsString("エラーのある行があるため、何も保存していません。"));
        assertEquals(0, hearingsOf(dept).size(), "nothing written while a line fails");
        form.post(PATH + "/confirm", Imports.validOnly(html)).then().statusCode(303)
                .header("Location", containsString("/hearings?imported=1"));
        assertEquals(1, hearingsOf(dept).size(), "the valid line written");

        String english = visit(form.cookies()).multiPart("csrf-token", form.token())
                .multiPart("file", "h.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                .post(PATH + "?lang=en").then().statusCode(400).extract().asString();
        assertTrue(english.contains("Department “どこにもない課” not found"), english);
        assertTrue(english.contains("Interviewer may have at most 200 characters."), english);
    }

    @Test
    void aChangeAfterThePreviewIsAConflict() {
        String dept = department();
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), PATH);
        String preview = Imports.upload(form, PATH, "部署,実施日\n" + dept + ",2024-07-01\n").then().statusCode(200)
                .extract().asString();
        as(OFFICER).body(Map.of("departmentId", idOf(dept), "heldOn", "2024-07-01")).post("/api/v1/hearings").then().statusCode(201);
        String conflict = form.post(PATH + "/confirm", Imports.confirmation(preview)).then().statusCode(409).extract().asString();
        assertTrue(conflict.contains("確認の後でデータが変わりました") && conflict.contains("変更なし 1 件"), conflict);
        assertEquals(1, hearingsOf(dept).size(), "the file's line now matches the stored hearing");
    }

    @Test
    void viewersAreRefusedAndHostileTextIsShownAsText() {
        Map<String, String> viewer = Browser.signIn(VIEWER);
        visit(viewer).get(PATH).then().statusCode(403);
        assertFalse(Forms.page(viewer, "/hearings").contains("href=\"/hearings/import\""), "no link for viewers");
        Forms.Opened asViewer = Forms.open(viewer, "/hearings");
        Imports.upload(asViewer, PATH, "部署,実施日\nx,2024-01-01\n").then().statusCode(403);
        asViewer.post(PATH + "/confirm", Map.of("csv", "", "signature", "")).then().statusCode(403);

        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/hearings");
        assertTrue(form.html().contains("href=\"/hearings/import\""), "linked from the list");
        String dept = department();
        String csv = "部署,実施日,聞き手\n\"" + HostileText.HOSTILE.replace("\"", "\"\"") + "\",2024-01-01,x\n"
                + dept + ",<script>alert(1)</script>,\"" + HostileText.HOSTILE.replace("\"", "\"\"") + "\"\n";
        String html = Imports.upload(form, PATH, csv).then().statusCode(400).extract().asString();
        HostileText.assertNoMarkup(html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }
}
