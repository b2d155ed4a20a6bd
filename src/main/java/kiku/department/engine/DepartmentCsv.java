package kiku.department.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The department list as Excel saves it: a header row naming the columns (名前/name, 種別/kind,
 * 親/parent, コード/code, in any order), then one department per line. Excel on Japanese Windows
 * writes Shift_JIS unless told "CSV UTF-8", which adds a BOM; both are read.
 */
public final class DepartmentCsv {

    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    public record Decoded(String text, String charset) {}

    /** One department line, as typed (trimmed). */
    public record Row(int line, String name, String kind, String parent, String code) {}

    public record RowError(int line, ImportError error, String value) {}

    public record Result(List<Row> rows, List<RowError> errors) {}

    private enum Column { NAME, KIND, PARENT, CODE }

    private static final Map<String, Column> HEADERS = Map.of("名前", Column.NAME, "部署名", Column.NAME,
            "name", Column.NAME, "種別", Column.KIND, "kind", Column.KIND, "親", Column.PARENT,
            "親部署", Column.PARENT, "parent", Column.PARENT, "コード", Column.CODE, "code", Column.CODE);

    private DepartmentCsv() {}

    /** UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-31J (Shift_JIS). */
    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_31J), "Shift_JIS");
        }
    }

    public static Result parse(String text) {
        List<CsvReader.Record> records = CsvReader.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<RowError> errors = new ArrayList<>();
        if (records.isEmpty()) {
            return new Result(List.of(), List.of(new RowError(1, ImportError.EMPTY_FILE, "")));
        }
        Map<Column, Integer> columns = columns(records.get(0).fields());
        for (Column required : List.of(Column.NAME, Column.KIND)) {
            if (!columns.containsKey(required)) {
                errors.add(new RowError(records.get(0).line(), ImportError.MISSING_COLUMN,
                        required == Column.NAME ? "名前 / name" : "種別 / kind"));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        List<Row> rows = new ArrayList<>();
        for (CsvReader.Record record : records.subList(1, records.size())) {
            if (record.unterminated()) {
                errors.add(new RowError(record.line(), ImportError.UNTERMINATED_QUOTE, ""));
                continue;
            }
            rows.add(new Row(record.line(), cell(record, columns.get(Column.NAME)), cell(record, columns.get(Column.KIND)),
                    cell(record, columns.get(Column.PARENT)), cell(record, columns.get(Column.CODE))));
        }
        return new Result(rows, errors);
    }

    private static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String label = Normalizer.normalize(header.get(i), Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
            Column column = HEADERS.get(label.replaceAll("[\\s\u3000]", ""));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    private static String cell(CsvReader.Record record, Integer index) {
        return index == null || index >= record.fields().size() ? "" : record.fields().get(index).strip();
    }
}
