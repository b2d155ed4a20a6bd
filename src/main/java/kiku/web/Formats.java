package kiku.web;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages show dates, fiscal years and numbers: 2024年4月1日, 2024年度, 87.50. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);

    private Formats() {}

    static String date(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (date == null) {
            return "";
        }
        return isEnglish(locale) ? EN_DATE.format(date) : JA_DATE.format(date);
    }

    static String fiscalYear(Integer year, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (year == null) {
            return "";
        }
        return isEnglish(locale) ? "FY" + year : year + "年度";
    }

    /** A total or mean with two decimals. */
    static String twoDecimals(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    static String oneDecimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A whole number, e.g. a derived criterion's computed value (a mean of one integer). */
    static String whole(Double value) {
        return value == null ? "" : String.valueOf(Math.round(value));
    }

    private static boolean isEnglish(Object locale) {
        String tag = locale instanceof Locale l ? l.getLanguage() : String.valueOf(locale);
        return tag.startsWith("en");
    }
}
