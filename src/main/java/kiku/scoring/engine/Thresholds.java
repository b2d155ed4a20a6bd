package kiku.scoring.engine;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps a measured input (departments behind an issue, annual hours) onto a criterion's integer
 * scale by ascending cut points: value = minScore + the number of cut points at or below the
 * input. "2,4,7,10" on 1..5 gives 1 below 2, 2 from 2, 3 from 4, 4 from 7 and 5 from 10.
 */
public final class Thresholds {

    /** At most this many cut points: a derived scale spans at most 100 steps. */
    public static final int MAX = 100;

    /** What is wrong with a list of cut points. */
    public enum Fault { COUNT, NOT_FINITE, NEGATIVE, NOT_ASCENDING }

    private Thresholds() {}

    /** Null when {@code cuts} fits the scale min..max: exactly max - min finite numbers >= 0, strictly ascending. */
    public static Fault check(List<Double> cuts, int min, int max) {
        if (cuts == null || cuts.size() != (long) max - min || cuts.size() > MAX) {
            return Fault.COUNT;
        }
        for (int i = 0; i < cuts.size(); i++) {
            Double cut = cuts.get(i);
            if (cut == null || !Double.isFinite(cut)) {
                return Fault.NOT_FINITE;
            }
            if (cut < 0) {
                return Fault.NEGATIVE;
            }
            if (i > 0 && !(cut > cuts.get(i - 1))) {
                return Fault.NOT_ASCENDING;
            }
        }
        return null;
    }

    /** The scale value of {@code input}; the cut points must have passed {@link #check}. */
    public static int map(double input, int min, List<Double> cuts) {
        int passed = 0;
        for (double cut : cuts) {
            if (cut <= input) {
                passed++;
            }
        }
        return min + passed;
    }

    /**
     * Reads typed cut points: "2, 4, 7, 10", "2/4/7/10" or with Japanese commas and full-width
     * digits (an IME's default). Throws NumberFormatException for anything that is not a number.
     */
    public static List<Double> parse(String text) {
        List<Double> cuts = new ArrayList<>();
        String normalized = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (normalized.isEmpty()) {
            return cuts;
        }
        for (String part : normalized.split("\\s*[,、/;]\\s*|\\s+")) {
            if (!part.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                throw new NumberFormatException(part);
            }
            cuts.add(Double.parseDouble(part) + 0.0);
        }
        return cuts;
    }

    /** Cut points joined by {@code separator}, each as a user would type it (2 rather than 2.0). */
    public static String format(List<Double> cuts, String separator) {
        return cuts.stream().map(Thresholds::number).collect(Collectors.joining(separator));
    }

    /** A number in plain digits without a needless ".0" (never "1.0E-5", which {@link #parse} refuses). */
    public static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
