package kiku.csvimport;

import java.util.List;
import kiku.csvimport.engine.Plan;
import kiku.csvimport.engine.PlannedRow;
import kiku.web.Problem;

/** The rules every import applies before it writes anything. */
public final class ImportChecks {

    private ImportChecks() {}

    /**
     * The steps to write. A file with any error is refused whole (400) unless the user chose to import
     * only the valid lines; a plan that differs from the previewed one (its signature) is a 409, as a
     * stale version is elsewhere. A null signature (no preview, e.g. a single API call) skips that check.
     */
    public static <S extends PlannedRow> List<S> writable(Plan<S> plan, boolean validOnly, String signature) {
        if (signature != null && !signature.equals(plan.signature())) {
            throw Problem.conflict("import.changed");
        }
        if (!plan.valid() && !validOnly) {
            throw Problem.badRequest("import.invalid");
        }
        return plan.writable();
    }
}
