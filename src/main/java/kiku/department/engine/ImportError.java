package kiku.department.engine;

/** What can be wrong with a line of a department CSV; pages say it in the user's language. */
public enum ImportError {
    EMPTY_FILE,
    MISSING_COLUMN,
    UNTERMINATED_QUOTE,
    NAME_REQUIRED,
    NAME_TOO_LONG,
    KIND_REQUIRED,
    KIND_UNKNOWN,
    CODE_TOO_LONG,
    PARENT_UNKNOWN,
    PARENT_AMBIGUOUS,
    DUPLICATE_ROW,
    NAME_TAKEN,
    CYCLE
}
