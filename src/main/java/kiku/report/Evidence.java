package kiku.report;

/**
 * The line of a hearing's notes that the report quotes: the first non-empty line, as plain text.
 * Markdown markers (headings, quotes, list bullets, emphasis, code, links) and HTML tags are
 * dropped so the quote reads as what was said; the page escapes it in any case.
 */
public final class Evidence {

    static final int MAX_LENGTH = 160;

    private Evidence() {}

    /** The quoted line, or null when the notes have no text. */
    public static String firstLine(String notes) {
        if (notes == null) {
            return null;
        }
        for (String line : notes.split("\\R")) {
            String text = plain(line);
            if (!text.isEmpty()) {
                return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1).strip() + "…" : text;
            }
        }
        return null;
    }

    static String plain(String line) {
        String text = line.strip()
                .replaceAll("<[^>]*>", "")                      // HTML tags
                .replaceAll("!?\\[([^\\]]*)]\\((?:[^()]|\\([^()]*\\))*\\)", "$1") // links, images: their text
                .replaceAll("^(-{3,}|\\*{3,}|_{3,})$", "");     // horizontal rule
        String before;
        do { // markers nest, as in "> - item"
            before = text;
            text = text.replaceFirst("^(#{1,6}|>)\\s*|^([-*+]|\\d+[.)])\\s+", "").strip();
        } while (!text.equals(before));
        return text.replaceAll("(\\*\\*|__|\\*|`)", "").strip(); // emphasis and code
    }
}
