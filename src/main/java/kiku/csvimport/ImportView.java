package kiku.csvimport;

import kiku.csvimport.engine.Plan;
import kiku.csvimport.engine.PlannedRow;

/**
 * What an import page shows: the plan of the uploaded file (null before an upload), its encoding,
 * the decoded text carried to the confirmation (Base64, so line breaks inside quoted fields survive
 * a hidden field), the plan's signature and a message for the whole form.
 */
public record ImportView<S extends PlannedRow>(Plan<S> plan, String charset, String csv, String signature,
                                               String message) {

    public static <S extends PlannedRow> ImportView<S> empty(String message) {
        return new ImportView<>(null, null, null, null, message);
    }
}
