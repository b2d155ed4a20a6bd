package kiku.web;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/**
 * Numbers of the decision pages: shares as percentages, and bar lengths for SVG bars. Bars are
 * SVG {@code width} attributes rather than inline styles, so a strict CSP (no inline style) holds.
 */
@TemplateExtension
public final class DecisionFormats {

    private DecisionFormats() {}

    /** 0.3 → "30.0%". */
    static String percent(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** 0.3 → "30.00": a bar length in a viewBox 100 wide, clamped to 0..100. */
    static String barLength(Double share) {
        double v = share == null || !Double.isFinite(share) ? 0 : Math.max(0, Math.min(1, share));
        return String.format(Locale.ROOT, "%.2f", v * 100);
    }

    static String threeDecimals(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }
}
