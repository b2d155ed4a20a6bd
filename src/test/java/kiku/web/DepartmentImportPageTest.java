package kiku.web;

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
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** /departments/import: upload, preview (nothing saved), confirm (all or nothing), in each encoding. */
@QuarkusTest
class DepartmentImportPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8 BOM", "UTF-8", "Shift_JIS"})
    void previewsThenSavesEachEncoding(String encoding) {
        String bureau = unique("市民部");
        String dept = unique("市民課");
        String unit = unique("窓口係");
        String code = unique("SHIMIN");
        String csv = "名前,種別,親,コード\r\n" + bureau + ",部,,\r\n" + dept + ",課," + bureau + "," + code + "\r\n"
                + "\"" + unit + "\",係," + code + ",\r\n";
        byte[] bytes = switch (encoding) {
            case "UTF-8 BOM" -> concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, csv.getBytes(StandardCharsets.UTF_8));
            case "UTF-8" -> csv.getBytes(StandardCharsets.UTF_8);
            default -> csv.getBytes(Charset.forName("windows-31j"));
        };
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/departments/import");
        String preview = upload(form, bytes).then().statusCode(200).extract().asString();
        assertTrue(preview.contains("文字コード: " + encoding.replace("UTF-8 BOM", "UTF-8 (BOM)")), preview);
        assertTrue(preview.contains("<th scope=\"row\">" + unit + "</th>") && preview.contains("新規 3 件"), preview);
        assertFalse(names().contains(dept), "nothing saved before confirming");

        Response saved = form.post("/departments/import/confirm", Imports.confirmation(preview));
        saved.then().statusCode(303).header("Location", containsString("/departments?imported=3"));
        Map<String, Map<String, Object>> all = departments();
        assertEquals(all.get(bureau).get("id"), all.get(dept).get("parentId"));
        assertEquals(all.get(dept).get("id"), all.get(unit).get("parentId"));
        assertEquals("UNIT", all.get(unit).get("kind"));
        assertEquals(code, all.get(dept).get("code"));
        assertTrue(Forms.page(form.cookies(), "/departments?imported=3").contains("3 件の部署を取り込みました。"));

        // the same file again changes nothing; a new kind updates the matched department (by code)
        String again = upload(form, (csv.replace(dept + ",課,", dept + ",DEPARTMENT,")).getBytes(StandardCharsets.UTF_8))
                .then().statusCode(200).extract().asString();
        assertTrue(again.contains("変更なし 3 件"), again);
    }

    @Test
    void badRowsAreReportedInJapaneseAndNothingIsSaved() {
        String good = unique("正常課");
        String csv = "name,kind,parent,code\n" + good + ",課,,\n,課,,\n" + unique("種別違い") + ",局,,\n"
                + unique("親なし課") + ",課,存在しない親,\n\"" + unique("改行\nを含む, 名前") + "\",課,,\n\"閉じない,課,,\n";
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/departments/import");
        String html = upload(form, csv.getBytes(StandardCharsets.UTF_8)).then().statusCode(400).extract().asString();
        for (String message : List.of("名前が空です。", "種別「局」は使えません（部・課・係）。", "親「存在しない親」が見つかりません",
                "引用符（&quot;）が閉じられていません。", "エラーのある行があります。直してから")) {
            assertTrue(html.contains(message), message + " in " + html);
        }
        assertTrue(html.contains("エラーのない行だけを取り込めます"), "only the valid rows may be imported");
        form.post("/departments/import/confirm", Imports.confirmation(html)).then().statusCode(400)
                .body(containsString("エラーのある行があるため、何も保存していません。"));
        Matcher multiLine = Pattern.compile("改行\\s*(<br>)?\\s*を含む, 名前").matcher(html);
        assertTrue(multiLine.find(), "quoted field with a newline and a comma read as one name");
        assertFalse(names().contains(good), "nothing saved");
        form.post("/departments/import/confirm", Imports.validOnly(html)).then().statusCode(303)
                .header("Location", containsString("/departments?imported=2"));
        assertTrue(names().contains(good), "the valid lines saved when the user chose so");

        String missing = upload(form, "部署,種類\nA,課\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .extract().asString();
        assertTrue(missing.contains("見出しに列「名前 / name」がありません。"), missing);
        visit(form.cookies()).contentType("multipart/form-data").multiPart("csrf-token", form.token())
                .post("/departments/import").then().statusCode(400).body(containsString("ファイルを選んでください。"));
    }

    @Test
    void hostileNamesInAFileAreShownAsText() {
        String csv = "name,kind,parent,code\n\"" + HostileText.HOSTILE.replace("\"", "\"\"") + "\",課,<img src=x onerror=alert(1)>,\n"
                + "\"<script>alert(1)</script>\",<svg onload=alert(1)>,,\n";
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/departments/import");
        String html = upload(form, csv.getBytes(StandardCharsets.UTF_8)).then().statusCode(400).extract().asString();
        HostileText.assertNoMarkup(html);
        assertTrue(html.contains("親「&lt;img src=x onerror=alert(1)&gt;」が見つかりません"), html);
    }

    @Test
    void viewersCannotImportAndTheTokenIsRequired() {
        Map<String, String> viewer = Browser.signIn(VIEWER);
        visit(viewer).get("/departments/import").then().statusCode(403);
        Forms.Opened form = Forms.open(Browser.signIn(OFFICER), "/departments/import");
        visit(form.cookies()).multiPart("file", "d.csv", "名前,種別\nX,課\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/departments/import").then().statusCode(400);
    }

    private static Response upload(Forms.Opened form, byte[] bytes) {
        return visit(form.cookies()).multiPart("csrf-token", form.token())
                .multiPart("file", "soshiki.csv", bytes, "text/csv").post("/departments/import");
    }

    private static java.util.Set<String> names() {
        return departments().keySet();
    }

    /** Every department by name, page by page (the test database keeps growing). */
    static Map<String, Map<String, Object>> departments() {
        Map<String, Map<String, Object>> byName = new java.util.HashMap<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = as(VIEWER).get("/api/v1/departments?size=500&page=" + page).jsonPath()
                    .getList("items");
            items.forEach(d -> byName.put((String) d.get("name"), d));
            if (items.size() < 500) {
                return byName;
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
