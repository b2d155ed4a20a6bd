package kiku.issue.engine;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How alike two issues read, from 0 to 1, without a dictionary: texts are NFKC-normalised
 * (full-width ＰＣ becomes PC, half-width ｶﾅ becomes カナ), lower-cased, stripped of spaces and
 * punctuation, and cut into overlapping character pairs; the score is the cosine of the two
 * pair-count vectors. Pairs suit Japanese, where words are not separated by spaces: 押印待ち and
 * 押印の待ち時間 share 押印 and 待ち. The title counts double, because it names the problem.
 */
public final class Similarity {

    /** A text prepared once for many comparisons. */
    public record Profile(Map<String, Integer> pairs, double norm) {}

    private Similarity() {}

    public static Profile profile(String title, String... more) {
        Map<String, Integer> pairs = new HashMap<>();
        addPairs(pairs, title, 2);
        for (String text : more) {
            addPairs(pairs, text, 1);
        }
        double sum = 0;
        for (int count : pairs.values()) {
            sum += (double) count * count;
        }
        return new Profile(pairs, Math.sqrt(sum));
    }

    public static double cosine(Profile a, Profile b) {
        if (a.norm() == 0 || b.norm() == 0) {
            return 0;
        }
        Map<String, Integer> small = a.pairs().size() <= b.pairs().size() ? a.pairs() : b.pairs();
        Map<String, Integer> large = small == a.pairs() ? b.pairs() : a.pairs();
        double dot = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer other = large.get(e.getKey());
            if (other != null) {
                dot += (double) e.getValue() * other;
            }
        }
        return Math.min(1.0, dot / (a.norm() * b.norm()));
    }

    /** NFKC, lower case, letters and digits only (every script), so spacing and punctuation never matter. */
    static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static void addPairs(Map<String, Integer> pairs, String text, int weight) {
        if (text == null) {
            return;
        }
        String s = normalise(text);
        int[] cps = s.codePoints().toArray();
        if (cps.length == 1) {
            pairs.merge(new String(cps, 0, 1), weight, Integer::sum);
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            pairs.merge(new String(cps, i, 2), weight, Integer::sum);
        }
    }
}
