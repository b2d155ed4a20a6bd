package kiku.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.web.FormErrors;

/** The list page's forms: what was typed and what was wrong, for whichever form was refused. */
public record CriteriaForms(CriterionForm create, FormErrors createErrors, Map<Long, String> weights,
                           FormErrors weightErrors, String ahpError, boolean accept) {
    static CriteriaForms fresh() {
        return new CriteriaForms(CriterionForm.blank(), FormErrors.none(), Map.of(), FormErrors.none(), null, false);
    }

    static CriteriaForms create(CriterionForm form, FormErrors errors) {
        return new CriteriaForms(form, errors, Map.of(), FormErrors.none(), null, false);
    }

    /** The bulk weight form refused: what was typed ({@code ids} and {@code texts} pairwise) and why. */
    static CriteriaForms weights(List<Long> ids, List<String> texts, FormErrors errors) {
        Map<Long, String> typed = new HashMap<>();
        for (int i = 0; ids != null && texts != null && i < Math.min(ids.size(), texts.size()); i++) {
            typed.put(ids.get(i), texts.get(i));
        }
        return new CriteriaForms(CriterionForm.blank(), FormErrors.none(), typed, errors, null, false);
    }

    /** The AHP form refused (e.g. 422 for an inconsistent judgement without consent). */
    static CriteriaForms ahp(String message, boolean accept) {
        return new CriteriaForms(CriterionForm.blank(), FormErrors.none(), Map.of(), FormErrors.none(), message, accept);
    }

    /** The bulk form's value of a criterion: what was typed when it was refused, else the stored weight. */
    public String weightInput(Criterion c) {
        return weights.getOrDefault(c.id, CriterionForm.number(c.weight));
    }

    /** The message next to a criterion's input in the bulk weight form (the API's field name). */
    public String weightError(long criterionId) {
        return weightErrors.get("weights." + criterionId);
    }
}
