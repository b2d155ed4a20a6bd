package kiku.scoring;

import java.util.ArrayList;
import java.util.List;
import kiku.scoring.engine.Ahp;
import kiku.web.Problem;

/**
 * The pairwise form of the criteria page: for each pair (left, right) of the active criteria one
 * choice on Saaty's scale, "9" (left extremely more important) through "1" (equal) to "1/9".
 * The form sends the criterion ids ({@code ids}) and the choices ({@code pair}) in pair order
 * (0,1), (0,2) ... (n-2,n-1).
 */
public record AhpForm(List<Criterion> criteria, List<Pair> pairs, Ahp.AhpResult result) {

    /** Saaty's scale as the select offers it, left strongest first. */
    public static final List<String> CHOICES = List.of("9", "8", "7", "6", "5", "4", "3", "2", "1",
            "1/2", "1/3", "1/4", "1/5", "1/6", "1/7", "1/8", "1/9");

    public record Pair(int index, Criterion left, Criterion right, String choice) {}

    /** One option of the select: {@code side} is left, right or equal; {@code level} 1..9. */
    public record Choice(String value, String side, int level) {}

    private static final List<Choice> OPTIONS = CHOICES.stream().map(v -> new Choice(v,
            v.equals("1") ? "equal" : v.startsWith("1/") ? "right" : "left", Integer.parseInt(v.replace("1/", ""))))
            .toList();

    /** The options of every pair's select. */
    public List<Choice> options() {
        return OPTIONS;
    }

    public static boolean possible(List<Criterion> criteria) {
        return criteria.size() >= Ahp.MIN_SIZE && criteria.size() <= Ahp.MAX_SIZE;
    }

    /**
     * The posted form, to apply: choices that do not fit the criteria are refused rather than replaced
     * by the current weights, which {@link #of} shows when a form is first opened.
     */
    public static AhpForm posted(List<Criterion> criteria, List<Long> ids, List<String> choices) {
        if (ids == null || !ids.equals(idsOf(criteria))) {
            throw Problem.conflict("ahp.criteriaChanged");
        }
        int wanted = pairCount(criteria.size());
        if (choices == null || choices.size() != wanted) {
            throw Problem.invalid("pair", "ahp.pairCount", wanted);
        }
        return of(criteria, ids, choices);
    }

    /**
     * The form for these criteria: the posted choices when they fit them (same ids, in order),
     * else choices that reproduce the current weights as closely as the scale allows.
     */
    public static AhpForm of(List<Criterion> criteria, List<Long> ids, List<String> choices) {
        boolean posted = ids != null && choices != null && ids.equals(idsOf(criteria))
                && choices.size() == pairCount(criteria.size());
        List<Pair> pairs = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < criteria.size(); i++) {
            for (int j = i + 1; j < criteria.size(); j++) {
                Criterion left = criteria.get(i);
                Criterion right = criteria.get(j);
                String choice = posted ? choices.get(k) : snap(left.weight, right.weight);
                if (!CHOICES.contains(choice)) {
                    throw Problem.invalid("pair[" + k + "]", "error.enum", String.join(", ", CHOICES));
                }
                pairs.add(new Pair(k++, left, right, choice));
            }
        }
        return new AhpForm(criteria, pairs, possible(criteria) ? AhpInput.evaluate(matrix(criteria.size(), pairs)) : null);
    }

    public double[][] matrix() {
        return matrix(criteria.size(), pairs);
    }

    public List<Long> ids() {
        return idsOf(criteria);
    }

    private static List<Long> idsOf(List<Criterion> criteria) {
        return criteria.stream().map(c -> c.id).toList();
    }

    /** One choice per pair of n criteria. */
    private static int pairCount(int n) {
        return n * (n - 1) / 2;
    }

    /** The AHP weight of the i-th criterion, as a share of 1. */
    public double weight(int i) {
        return result.weights()[i];
    }

    public boolean inconsistent() {
        return result != null && !result.consistent();
    }

    private static double[][] matrix(int n, List<Pair> pairs) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = value(pairs.get(k++).choice());
                a[i][j] = v;
                a[j][i] = 1 / v;
            }
        }
        return a;
    }

    static double value(String choice) {
        return choice.startsWith("1/") ? 1.0 / Integer.parseInt(choice.substring(2)) : Integer.parseInt(choice);
    }

    /** The scale value nearest (on a log scale) to the ratio of two weights; "1" when either is 0. */
    static String snap(double left, double right) {
        if (!(left > 0) || !(right > 0)) {
            return "1";
        }
        double target = Math.log(left / right);
        String best = "1";
        for (String choice : CHOICES) {
            if (Math.abs(Math.log(value(choice)) - target) < Math.abs(Math.log(value(best)) - target)) {
                best = choice;
            }
        }
        return best;
    }
}
