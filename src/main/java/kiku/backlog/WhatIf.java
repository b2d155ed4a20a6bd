package kiku.backlog;

import io.quarkus.qute.TemplateData;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.scoring.Criterion;
import kiku.scoring.CriterionForm;
import kiku.scoring.ScoringSheetService;
import kiku.web.FormErrors;

/**
 * The what-if form of the backlog: one weight per active criterion, sent as {@code wid} and
 * {@code w} pairs in the same order; what was typed is kept so that a refused value shows again.
 */
public record WhatIf(List<Control> controls, Map<Long, Double> weights, FormErrors errors) {

    public record Control(Criterion criterion, String value, String error) {}

    /** A preview to show instead of the saved ranking: the view and its items with their rank change. */
    public record Preview(BacklogView view, List<BacklogView.PreviewItem> items) {
        @SuppressWarnings("unchecked")
        static Preview of(BacklogView view) {
            return new Preview(view, (List<BacklogView.PreviewItem>) view.items());
        }
    }

    /** The latest snapshot's ranks, to mark how far each issue moved since. */
    @TemplateData
    public record Since(String name, OffsetDateTime takenAt, Map<Long, Integer> ranks) {
        public Move move(long issueId, int rank) {
            return Move.of(ranks.get(issueId), rank);
        }
    }

    /** The form with the saved weights. */
    public static WhatIf current() {
        return of(null, null, "");
    }

    public static WhatIf of(List<Long> ids, List<String> typed, String numberMessage) {
        FormErrors errors = FormErrors.none();
        Map<Long, Double> weights = CriterionForm.weights(ids, typed, errors, numberMessage);
        Map<Long, String> values = new HashMap<>();
        for (int i = 0; ids != null && typed != null && i < Math.min(ids.size(), typed.size()); i++) {
            values.put(ids.get(i), typed.get(i));
        }
        List<Control> controls = ScoringSheetService.activeCriteria().stream()
                .map(c -> new Control(c, values.getOrDefault(c.id, CriterionForm.number(c.weight)),
                        errors.get("weights." + c.id)))
                .toList();
        return new WhatIf(controls, weights, errors);
    }

    static Since since(SnapshotService.View latest) {
        Map<Long, Integer> ranks = new HashMap<>();
        latest.items().forEach(e -> ranks.put(e.issueId(), e.rank()));
        return new Since(latest.name(), latest.takenAt(), ranks);
    }
}
