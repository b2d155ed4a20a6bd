package kiku.department.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kiku.csvimport.engine.CsvReader;
import kiku.csvimport.engine.ImportError;
import kiku.csvimport.engine.RowError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the department CSV: quoting, header names and bad lines (encodings: CsvDecoderTest). */
class DepartmentCsvTest {

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
        assertEquals(RowError.of(3, ImportError.UNTERMINATED_QUOTE, ""), open.errors().get(0));
    }
}
