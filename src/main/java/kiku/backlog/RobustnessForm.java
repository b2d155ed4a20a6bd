package kiku.backlog;

import java.util.Locale;
import kiku.web.FormErrors;
import kiku.web.Problem;
import kiku.web.QueryParams;

/**
 * The robustness page's query parameters (k, p, samples, seed), read like the API's request with
 * the same limits and defaults; what was typed is kept so that a refused value shows again.
 */
public record RobustnessForm(String k, String p, String samples, String seed, int topK, double perturbation,
                             int sampleCount, long seedValue, FormErrors errors) {

    public static final int DEFAULT_K = 10;
    public static final double DEFAULT_P = 0.3;
    public static final int DEFAULT_SAMPLES = 2000;
    public static final long DEFAULT_SEED = 42;

    public static RobustnessForm of(String k, String p, String samples, String seed, Locale locale, String pMessage,
                                    String seedMessage) {
        FormErrors errors = FormErrors.none();
        int topK = integer(errors, "k", k, DEFAULT_K, 1, 500, locale);
        int count = integer(errors, "samples", samples, DEFAULT_SAMPLES, 1, 100_000, locale);
        double perturbation = DEFAULT_P;
        if (p != null && !p.isBlank()) {
            try {
                perturbation = Double.parseDouble(p.strip());
            } catch (NumberFormatException e) {
                perturbation = Double.NaN;
            }
            if (!(perturbation >= 0 && perturbation < 1)) {
                errors.add("p", pMessage);
            }
        }
        long seedValue = DEFAULT_SEED;
        if (seed != null && !seed.isBlank()) {
            try {
                seedValue = Long.parseLong(seed.strip());
            } catch (NumberFormatException e) {
                errors.add("seed", seedMessage);
            }
        }
        return new RobustnessForm(shown(k, DEFAULT_K), shown(p, DEFAULT_P), shown(samples, DEFAULT_SAMPLES),
                shown(seed, DEFAULT_SEED), topK, perturbation, count, seedValue, errors);
    }

    private static int integer(FormErrors errors, String name, String value, int fallback, int min, int max,
                               Locale locale) {
        try {
            return QueryParams.optionalInt(name, value, fallback, min, max);
        } catch (Problem problem) {
            errors.add(name, FormErrors.of(problem, locale).get(name));
            return fallback;
        }
    }

    private static String shown(String typed, Object fallback) {
        return typed == null || typed.isBlank() ? String.valueOf(fallback) : typed;
    }

    /** ±30% for p = 0.3. */
    public String percent() {
        return String.format(Locale.ROOT, "%.0f%%", perturbation * 100);
    }
}
