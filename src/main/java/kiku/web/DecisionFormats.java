package kiku.web;

import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    /** An instant in the city's time zone: 2024年4月1日 13:05 (Apr 1, 2024 13:05 in English). */
    static String dateTime(OffsetDateTime instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (instant == null) {
            return "";
        }
        boolean english = String.valueOf(locale).startsWith("en");
        return DateTimeFormatter.ofPattern(english ? "MMM d, uuuu HH:mm" : "uuuu年M月d日 HH:mm", Locale.ENGLISH)
                .format(instant.atZoneSameInstant(ZoneId.of("Asia/Tokyo")));
    }

    static String threeDecimals(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }
}
