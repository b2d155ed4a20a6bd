package kiku.department.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the department CSV: encodings, BOM, quoting, header names and bad lines. */
class DepartmentCsvTest {

    private static final String TEXT = "名前,種別,親,コード\r\n総務部,部,,SOUMU\r\n情報管理課,課,総務部,SOUMU-JOHO\r\n";

    @Test
    void utf8WithBom() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DepartmentCsv.Decoded decoded = DepartmentCsv.decode(bytes);
        assertEquals("UTF-8 (BOM)", decoded.charset());
        assertEquals(TEXT, decoded.text());
    }

    @Test
    void utf8WithoutBom() {
        DepartmentCsv.Decoded decoded = DepartmentCsv.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", decoded.charset());
        assertEquals(TEXT, decoded.text());
    }

    @Test
    void shiftJisAsExcelSavesIt() {
        DepartmentCsv.Decoded decoded = DepartmentCsv.decode(TEXT.getBytes(DepartmentCsv.WINDOWS_31J));
        assertEquals("Shift_JIS", decoded.charset());
        assertEquals(TEXT, decoded.text());
        // characters that differ between JIS X 0208 and Windows-31J (wave dash, circled digits)
        String windows = "名前,種別\n①係～,係\n";
        assertEquals(windows, DepartmentCsv.decode(windows.getBytes(DepartmentCsv.WINDOWS_31J)).text());
    }

    @Test
    void rowsByHeaderInAnyOrderAndLanguage() {
        DepartmentCsv.Result result = DepartmentCsv.parse("Code, KIND ,Name,Parent\nJ1,課,情報管理課,総務部\n");
        assertEquals(List.of(new DepartmentCsv.Row(2, "情報管理課", "課", "総務部", "J1")), result.rows());
        assertEquals(List.of(), result.errors());
        DepartmentCsv.Result fullWidth = DepartmentCsv.parse("名前,種別\n市民課,課");
        assertEquals("市民課", fullWidth.rows().get(0).name());
        assertEquals("", fullWidth.rows().get(0).parent(), "a missing column reads as empty");
    }

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaks() {
        List<CsvReader.Record> records = CsvReader.read("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",x\n\n,,\nlast");
        assertEquals(3, records.size(), "blank lines and empty records skipped");
        assertEquals(List.of("a", "b,c", "say \"hi\""), records.get(0).fields());
        assertEquals(List.of("two\nlines", "x"), records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(6, records.get(2).line(), "line numbers count the line break inside quotes");
        assertEquals(List.of("last"), records.get(2).fields());
    }

    @Test
    void badFilesAndLines() {
        assertEquals(ImportError.EMPTY_FILE, DepartmentCsv.parse("").errors().get(0).error());
        DepartmentCsv.Result noHeader = DepartmentCsv.parse("総務部,部\n");
        assertEquals(2, noHeader.errors().size());
        assertTrue(noHeader.errors().stream().allMatch(e -> e.error() == ImportError.MISSING_COLUMN));
        DepartmentCsv.Result open = DepartmentCsv.parse("name,kind\nA,課\n\"B,課\n");
        assertEquals(1, open.rows().size());
        assertEquals(new DepartmentCsv.RowError(3, ImportError.UNTERMINATED_QUOTE, ""), open.errors().get(0));
    }
}
