package kiku.csvimport.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file whose first line names the columns, in any order and in Japanese or English. Unknown
 * columns are ignored (Excel sheets often carry a memo column); required ones must be there.
 */
public final class CsvTable {

    /** One line's cells by column, trimmed; a column the file lacks reads as "". */
    public record Row(int line, Map<Column, String> cells) {

        public String get(Column column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** The lines, the errors that stop the whole file or one line, and the columns the header has. */
    public record Table(List<Row> rows, List<RowError> errors, Set<Column> present) {

        public boolean has(Column column) {
            return present.contains(column);
        }
    }

    private CsvTable() {}

    public static Table parse(String text, List<Column> accepted, List<Column> required) {
        List<CsvReader.Record> records = CsvReader.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            return new Table(List.of(), List.of(RowError.of(1, ImportError.EMPTY_FILE, "")), Set.of());
        }
        CsvReader.Record header = records.get(0);
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        for (int i = 0; i < header.fields().size(); i++) {
            String label = header.fields().get(i);
            int at = i;
            accepted.stream().filter(c -> c.named(label)).findFirst().ifPresent(c -> index.putIfAbsent(c, at));
        }
        List<RowError> errors = new ArrayList<>();
        for (Column column : required) {
            if (!index.containsKey(column)) {
                errors.add(RowError.of(header.line(), ImportError.MISSING_COLUMN, column.label()));
            }
        }
        if (!errors.isEmpty()) {
            return new Table(List.of(), errors, Set.of());
        }
        List<Row> rows = new ArrayList<>();
        for (CsvReader.Record record : records.subList(1, records.size())) {
            if (record.unterminated()) {
                errors.add(RowError.of(record.line(), ImportError.UNTERMINATED_QUOTE, ""));
                continue;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            index.forEach((column, i) -> cells.put(column, i < record.fields().size() ? record.fields().get(i).strip() : ""));
            rows.add(new Row(record.line(), cells));
        }
        Set<Column> present = index.isEmpty() ? Set.of() : EnumSet.copyOf(index.keySet());
        return new Table(rows, errors, present);
    }
}
