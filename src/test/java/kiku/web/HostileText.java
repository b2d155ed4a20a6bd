package kiku.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Pattern;

/** The checks of {@link HostileTextTest}, shared by the page tests of every feature. */
final class HostileText {

    static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)>"
            + " \"><svg onload=alert(1)> [x](javascript:alert(1))";

    private static final List<String> RAW = List.of("<script>alert", "<img src=x", "<svg onload", "\"><svg", "<b onmouseover");
    private static final Pattern SCRIPT_URL = Pattern.compile("(?i)(href|src|action)\\s*=\\s*\"?\\s*javascript:");
    private static final Pattern HANDLER = Pattern.compile("(?i)<[^>]*\\son(error|load|mouseover|click)\\s*=");

    private HostileText() {}

    static void assertNoMarkup(String html) {
        for (String raw : RAW) {
            assertFalse(html.contains(raw), "raw markup " + raw);
        }
        assertFalse(SCRIPT_URL.matcher(html).find(), "a javascript: URL in an attribute");
        // attribute values are dropped first: escaped text inside a value (" onerror=") is harmless
        assertFalse(HANDLER.matcher(html.replaceAll("\"[^\"]*\"", "\"\"")).find(), "an event handler attribute");
    }
}
