package kiku.csvimport.engine;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiku.Dates;

/**
 * Values as people type them into Excel: full-width digits, 2024/4/1, 令和6年4月1日, 2024年度,
 * 1,200. Each reader returns null for text it cannot read; callers report that as a row error.
 */
public final class Cells {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern ERA_DATE = Pattern.compile("(令和|平成)(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern YEAR = Pattern.compile("(?:FY)?(\\d{4})(?:年度?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ERA_YEAR = Pattern.compile("(令和|平成)(元|\\d{1,2})年度?");

    private Cells() {}

    /** Full-width digits and letters as their ASCII forms, spaces trimmed. */
    public static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** A date Kiku keeps (kiku.Dates: 0001/1/1 would not come back as it went in), or null. */
    public static LocalDate date(String text) {
        LocalDate date = anyDate(text);
        return date != null && Dates.kept(date) ? date : null;
    }

    private static LocalDate anyDate(String text) {
        String value = normal(text).replace(" ", "");
        try {
            Matcher m = DATE.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            Matcher era = ERA_DATE.matcher(value);
            if (era.matches()) {
                return LocalDate.of(gregorian(era.group(1), era.group(2)), Integer.parseInt(era.group(3)),
                        Integer.parseInt(era.group(4)));
            }
        } catch (DateTimeException e) {
            return null; // 2024/2/30
        }
        return null;
    }


    /** A fiscal year by the year it starts in: 2024, 2024年度, FY2024, 令和6年度 (令和元年度 = 2019). */
    public static Integer fiscalYear(String text) {
        String value = normal(text).replace(" ", "");
        Matcher m = YEAR.matcher(value);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        Matcher era = ERA_YEAR.matcher(value);
        return era.matches() ? gregorian(era.group(1), era.group(2)) : null;
    }

    /** A decimal number; thousands separators allowed. */
    public static Double number(String text) {
        try {
            double value = Double.parseDouble(normal(text).replace(",", ""));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole positive number such as an id. */
    public static Long id(String text) {
        try {
            long value = Long.parseLong(normal(text));
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Several names in one cell, separated by 、 or ; (full-width too), blanks dropped. */
    public static List<String> list(String text) {
        return Arrays.stream(text.split("[、;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Empty text as null, as the services store it. */
    public static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    private static int gregorian(String era, String year) {
        int n = "元".equals(year) ? 1 : Integer.parseInt(year);
        return ("令和".equals(era) ? 2018 : 1988) + n;
    }
}
