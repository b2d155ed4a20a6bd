package kiku.csvimport.engine;

/** What can be wrong with a file or one of its lines; pages say it in the user's language (ImportMsg). */
public enum ImportError {
    // the whole file
    EMPTY_FILE,
    MISSING_COLUMN,
    UNTERMINATED_QUOTE,
    // any cell, named by its column
    REQUIRED,
    TOO_LONG,
    TOO_MANY,
    OUT_OF_RANGE,
    INVALID,
    INVALID_NUMBER,
    INVALID_DATE,
    INVALID_FISCAL_YEAR,
    STATUS_UNKNOWN,
    DUPLICATE_ROW,
    // departments
    KIND_UNKNOWN,
    PARENT_UNKNOWN,
    PARENT_AMBIGUOUS,
    NAME_TAKEN,
    CYCLE,
    // references from hearings and issues
    DEPARTMENT_UNKNOWN,
    DEPARTMENT_AMBIGUOUS,
    HEARING_AMBIGUOUS,
    // issues
    STATUS_MERGED,
    INVALID_ID,
    ISSUE_UNKNOWN,
    ISSUE_MERGED,
    TITLE_AMBIGUOUS
}
