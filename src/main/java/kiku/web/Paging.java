package kiku.web;

import java.util.List;

/** A requested page of a list: {@code ?page=0&size=50}, 0-based, size 1..500. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** A list answer: {@code { items, page, size, totalItems }}. */
    public record Result<T>(List<T> items, int page, int size, long totalItems) {}

    /** Parses the query parameters; anything else than a valid page is a 400. */
    public static Paging of(String page, String size) {
        int p = parse("page", page, 0);
        int s = parse("size", size, DEFAULT_SIZE);
        if (p < 0) {
            throw Problem.invalid("page", "error.page");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw Problem.invalid("size", "error.size", MAX_SIZE);
        }
        if ((long) p * s > Integer.MAX_VALUE - s) {
            // the offset of such a page is past any list (and past what a query's first row can be)
            throw Problem.invalid("page", "error.pageTooFar", Integer.MAX_VALUE / s - 1);
        }
        return new Paging(p, s);
    }

    private static int parse(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw Problem.invalid(name, "error.notInteger");
        }
    }

    public int offset() {
        return page * size;
    }

    public <T> Result<T> of(List<T> items, long total) {
        return new Result<>(items, page, size, total);
    }

    /** Cuts one page out of a list that is already complete in memory. */
    public <T> Result<T> slice(List<T> all) {
        int from = Math.min(offset(), all.size());
        int to = Math.min(from + size, all.size());
        return new Result<>(List.copyOf(all.subList(from, to)), page, size, all.size());
    }
}
