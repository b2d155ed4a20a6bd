package kiku.csvimport.engine;

/**
 * What is wrong with one line of a file: the error, the column it concerns (null when it concerns
 * the whole line) and the value or limit the message quotes. Pages say it in the user's language.
 */
public record RowError(int line, ImportError error, Column column, String value) {

    public static RowError of(int line, ImportError error, String value) {
        return new RowError(line, error, null, value);
    }
}
