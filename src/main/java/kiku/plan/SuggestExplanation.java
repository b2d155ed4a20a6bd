package kiku.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kiku.web.Texts;

/** The suggestion's cut line in words, in the caller's language: what stopped rank order and what came instead. */
final class SuggestExplanation {

    private SuggestExplanation() {}

    static String of(Suggestion s, Locale locale) {
        List<String> sentences = new ArrayList<>();
        Map<Long, Suggestion.Candidate> byId = s.candidates().stream()
                .collect(Collectors.toMap(Suggestion.Candidate::issueId, Function.identity()));
        if (s.cutLine() == null) {
            sentences.add(Texts.format(locale, "plan.explain.allFit", s.candidates().size()));
        } else {
            Suggestion.CutLine cut = s.cutLine();
            List<String> limits = new ArrayList<>();
            if (cut.exceeded().contains(Suggestion.Limit.BUDGET)) {
                limits.add(Texts.format(locale, "plan.explain.budget", yen(cut.estimatedCostYen()),
                        yen(cut.budgetLeftYen())));
            }
            if (cut.exceeded().contains(Suggestion.Limit.STAFF_HOURS)) {
                limits.add(Texts.format(locale, "plan.explain.hours", hours(cut.effortHours()),
                        hours(cut.staffHoursLeft())));
            }
            String why = limits.size() == 2 ? Texts.format(locale, "plan.explain.both", limits.get(0), limits.get(1))
                    : limits.get(0);
            sentences.add(Texts.format(locale, "plan.explain.cut", cut.rank(), cut.title(), why));
            sentences.add(s.takenInstead().isEmpty() ? Texts.format(locale, "plan.explain.insteadNone")
                    : Texts.format(locale, "plan.explain.instead", list(s.takenInstead(), byId, locale)));
            if (!s.leftOut().isEmpty()) {
                sentences.add(Texts.format(locale, "plan.explain.leftOut", list(s.leftOut(), byId, locale)));
            }
            sentences.add(Texts.format(locale, "plan.explain.scores", points(s.rankOrder().totalScore()),
                    points(s.knapsack().totalScore())));
        }
        if (!s.exact()) {
            sentences.add(Texts.format(locale, "plan.explain.notExact"));
        }
        long missing = s.excluded().stream().filter(e -> e.reason() == Suggestion.Reason.MISSING_ESTIMATE).count();
        if (missing > 0) {
            sentences.add(Texts.format(locale, "plan.explain.missing", missing));
        }
        long elsewhere = s.excluded().size() - missing;
        if (elsewhere > 0) {
            sentences.add(Texts.format(locale, "plan.explain.otherYear", elsewhere));
        }
        return String.join(Texts.format(locale, "plan.explain.join"), sentences);
    }

    private static String list(List<Long> ids, Map<Long, Suggestion.Candidate> byId, Locale locale) {
        return ids.stream().map(byId::get).map(c -> Texts.format(locale, "plan.explain.item", c.rank(), c.title()))
                .collect(Collectors.joining(Texts.format(locale, "plan.explain.listJoin")));
    }

    private static String yen(long yen) {
        return String.format(Locale.ROOT, "%,d", yen);
    }

    private static String hours(double hours) {
        return String.format(Locale.ROOT, "%,.1f", hours);
    }

    private static String points(double total) {
        return String.format(Locale.ROOT, "%.2f", total);
    }
}
