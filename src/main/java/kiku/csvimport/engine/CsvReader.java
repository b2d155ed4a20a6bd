package kiku.csvimport.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records as Excel writes them: commas, CRLF or LF line ends, quoted fields with doubled
 * quotes and with commas or line breaks inside. Lenient where Excel is: a quote inside an unquoted
 * field is kept as text. Records whose fields are all blank (empty lines, ",,,") are skipped.
 */
public final class CsvReader {

    /** One record and the line it starts on; {@code unterminated} when the file ends inside quotes. */
    public record Record(int line, List<String> fields, boolean unterminated) {}

    private CsvReader() {}

    public static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (crlf) {
                    continue; // the '\n' that follows is the line break kept in the field
                } else {
                    line += c == '\n' || c == '\r' ? 1 : 0;
                    field.append(c == '\r' ? '\n' : c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                i += crlf ? 1 : 0;
                fields.add(field.toString());
                add(records, start, fields, false);
                fields = new ArrayList<>();
                field.setLength(0);
                start = ++line;
            } else {
                field.append(c);
            }
        }
        if (quoted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            add(records, start, fields, quoted);
        }
        return records;
    }

    private static void add(List<Record> records, int line, List<String> fields, boolean unterminated) {
        if (unterminated || fields.stream().anyMatch(f -> !f.isBlank())) {
            records.add(new Record(line, List.copyOf(fields), unterminated));
        }
    }
}
