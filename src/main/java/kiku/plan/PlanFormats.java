package kiku.plan;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Yen and hours as the plan pages show them: 1,200,000 and 1,234.5 (the unit is in the column heading). */
@TemplateExtension
public final class PlanFormats {

    private PlanFormats() {}

    static String yen(Long yen) {
        return yen == null ? "" : String.format(Locale.ROOT, "%,d", yen);
    }

    static String hours(Double hours) {
        return hours == null ? "" : String.format(Locale.ROOT, "%,.1f", hours);
    }
}
