package kiku.csvimport;

import kiku.csvimport.engine.Plan;
import kiku.csvimport.engine.PlannedRow;

/** One kind of import as its service offers it: plan a decoded file, or plan and write it in one transaction. */
public interface Importer<S extends PlannedRow> {

    /** What importing the text would do; nothing is saved. */
    Plan<S> preview(String text);

    /**
     * Plans the text again against what is stored now and writes it, all in one transaction, through
     * {@link ImportChecks#writable}: refused unless valid (or {@code validOnly}) and unchanged since
     * the preview with {@code signature}.
     */
    Plan<S> save(String text, boolean validOnly, String signature);
}
