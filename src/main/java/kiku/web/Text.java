package kiku.web;

/** Small rules for free text shared by every form and API. */
public final class Text {

    private Text() {}

    /** Trims; an empty or blank text is stored as null. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A LIKE pattern that matches the text literally anywhere (escape character '\'). */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
