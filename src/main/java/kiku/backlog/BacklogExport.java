package kiku.backlog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kiku.web.Texts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The backlog as a table for Excel: one row per ranked item with rank, id, title, departments,
 * total and each criterion's mean. User text can never become a formula.
 */
final class BacklogExport {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private BacklogExport() {}

    static List<String> header(BacklogView view, Locale locale) {
        List<String> header = new ArrayList<>(List.of(Texts.format(locale, "export.rank"),
                Texts.format(locale, "export.id"), Texts.format(locale, "export.title"),
                Texts.format(locale, "export.departments"), Texts.format(locale, "export.total")));
        view.criteria().forEach(c -> header.add(c.name()));
        return header;
    }

    static byte[] csv(BacklogView view, List<BacklogView.Item> items, Map<Long, String> departmentNames, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append(csvLine(header(view, locale)));
        for (BacklogView.Item item : items) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(item.rank()), String.valueOf(item.issueId()),
                    guard(item.title()), guard(departments(item, departmentNames)), number(item.total())));
            view.criteria().forEach(c -> cells.add(number(item.means().get(String.valueOf(c.id())))));
            out.append(csvLine(cells));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(UTF8_BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    static void xlsx(BacklogView view, List<BacklogView.Item> items, Map<Long, String> departmentNames, Locale locale,
                     OutputStream target) {
        try {
            Workbook workbook = new Workbook(target, "Kiku", "1.0");
            Worksheet sheet = workbook.newWorksheet(Texts.format(locale, "export.sheet"));
            List<String> header = header(view, locale);
            for (int c = 0; c < header.size(); c++) {
                sheet.inlineString(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (BacklogView.Item item : items) {
                sheet.value(r, 0, item.rank());
                sheet.value(r, 1, item.issueId());
                // inline strings are text cells: Excel never evaluates them as formulas
                sheet.inlineString(r, 2, item.title());
                sheet.inlineString(r, 3, departments(item, departmentNames));
                sheet.value(r, 4, item.total());
                int c = 5;
                for (BacklogView.CriterionShare criterion : view.criteria()) {
                    Double mean = item.means().get(String.valueOf(criterion.id()));
                    if (mean != null) {
                        sheet.value(r, c, mean);
                    }
                    c++;
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String departments(BacklogView.Item item, Map<Long, String> names) {
        return item.departmentIds().stream().map(id -> names.getOrDefault(id, String.valueOf(id)))
                .collect(Collectors.joining("、"));
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(BacklogExport::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** OWASP's guard against formula injection: user text that starts like a formula gets a leading quote. */
    static String guard(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** RFC 4180 quoting. */
    static String csvCell(String value) {
        String text = value == null ? "" : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
