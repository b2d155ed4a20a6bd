package kiku.web;

import kiku.Dates;

/** Parsing of optional filter parameters: a value that is present but wrong is a 400. */
public final class QueryParams {

    private QueryParams() {}

    public static Long optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problem.invalid(name, "error.id");
    }

    /** An optional integer within [min, max]; absent gives the fallback. */
    public static int optionalInt(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problem.invalid(name, "error.range", min, max);
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(name, "error.enum", java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static java.time.LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Dates.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw Problem.invalid(name, "error.date");
        }
    }

    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
