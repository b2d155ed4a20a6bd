package kiku.csvimport.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Header mapping shared by every import: any order, either language, unknown columns ignored. */
class CsvTableTest {

    private static final List<Column> HEARING = List.of(Column.DEPARTMENT, Column.DATE, Column.NOTES, Column.FOLLOW_UP);

    @Test
    void mapsJapaneseAndEnglishHeadersInAnyOrder() {
        CsvTable.Table table = CsvTable.parse("\uFEFFメモ,備考,Follow-Up,部署,ＤＡＴＥ\n\"a,\nb\",x,y,市民課,2024/4/1\n",
                HEARING, List.of(Column.DEPARTMENT, Column.DATE));
        assertEquals(List.of(), table.errors());
        CsvTable.Row row = table.rows().get(0);
        assertEquals(2, row.line());
        assertEquals("a,\nb", row.get(Column.NOTES), "a quoted cell keeps its comma and line break");
        assertEquals("y", row.get(Column.FOLLOW_UP));
        assertEquals("市民課", row.get(Column.DEPARTMENT));
        assertEquals("2024/4/1", row.get(Column.DATE));
        assertTrue(table.has(Column.NOTES));
    }

    @Test
    void missingColumnsAndShortLines() {
        CsvTable.Table missing = CsvTable.parse("メモ\nx\n", HEARING, List.of(Column.DEPARTMENT, Column.DATE));
        assertEquals(List.of(RowError.of(1, ImportError.MISSING_COLUMN, "部署 / department"),
                RowError.of(1, ImportError.MISSING_COLUMN, "実施日 / date")), missing.errors());
        CsvTable.Table shortLine = CsvTable.parse("department,date,notes\n市民課\n", HEARING, List.of());
        assertEquals("", shortLine.rows().get(0).get(Column.NOTES));
        assertFalse(shortLine.has(Column.FOLLOW_UP));
        assertEquals(ImportError.EMPTY_FILE, CsvTable.parse("\n\n", HEARING, List.of()).errors().get(0).error());
    }
}
