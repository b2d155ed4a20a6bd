package kiku.csvimport.engine;

import java.util.List;

/** One line of a plan, whatever it imports: enough for the summary, the errors and the signature. */
public interface PlannedRow {

    int line();

    Action action();

    /** The stored record the line updates (or leaves unchanged); null when it creates one or fails. */
    Long targetId();

    /** The version of that record the plan was made against; null without a target. */
    Long targetVersion();

    List<RowError> errors();
}
