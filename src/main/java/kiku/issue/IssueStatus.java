package kiku.issue;

import java.util.EnumSet;
import java.util.Set;

public enum IssueStatus {
    NEW, ANALYZING, PLANNED, IN_PROGRESS, DONE, REJECTED, MERGED;

    /** The statuses of the backlog: everything that is not closed. */
    public static final Set<IssueStatus> OPEN = EnumSet.of(NEW, ANALYZING, PLANNED, IN_PROGRESS);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
