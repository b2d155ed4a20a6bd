package kiku.web;

/** Small rules for free text shared by every form and API. */
public final class Text {

    private Text() {}

    /** Trims; an empty or blank text is stored as null. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Line breaks as LF: browsers send a textarea's as CRLF, the API usually LF, and the same text
     * must compare equal (a manager may save an issue form only when its content is unchanged).
     */
    public static String unixLines(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A LIKE pattern that matches the text literally anywhere (escape character '\'). */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
