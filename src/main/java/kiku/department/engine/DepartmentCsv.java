package kiku.department.engine;

import java.util.List;
import kiku.csvimport.engine.Column;
import kiku.csvimport.engine.CsvTable;
import kiku.csvimport.engine.RowError;

/**
 * The department list as Excel saves it: a header row naming the columns (名前/name, 種別/kind,
 * 親/parent, コード/code, in any order), then one department per line.
 */
public final class DepartmentCsv {

    /** One department line, as typed (trimmed). */
    public record Row(int line, String name, String kind, String parent, String code) {}

    public record Result(List<Row> rows, List<RowError> errors) {}

    private static final List<Column> COLUMNS = List.of(Column.NAME, Column.KIND, Column.PARENT, Column.CODE);

    private DepartmentCsv() {}

    public static Result parse(String text) {
        CsvTable.Table table = CsvTable.parse(text, COLUMNS, List.of(Column.NAME, Column.KIND));
        List<Row> rows = table.rows().stream().map(r -> new Row(r.line(), r.get(Column.NAME), r.get(Column.KIND),
                r.get(Column.PARENT), r.get(Column.CODE))).toList();
        return new Result(rows, table.errors());
    }
}
