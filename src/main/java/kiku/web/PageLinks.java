package kiku.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a page of a list sits: the 1-based item range and links to its neighbours that keep the
 * list's filters. {@code previous}/{@code next} are null at the ends; {@code page}/{@code size} are
 * the request's, for forms that come back to the same page.
 */
public record PageLinks(long from, long to, long total, String previous, String next, int page, int size) {

    public static PageLinks of(Paging.Result<?> result, String path, Map<String, String> filters) {
        long from = result.items().isEmpty() ? 0 : (long) result.page() * result.size() + 1;
        long to = from == 0 ? 0 : from + result.items().size() - 1;
        String previous = result.page() > 0 ? link(path, filters, result.page() - 1, result.size()) : null;
        String next = to < result.totalItems() ? link(path, filters, result.page() + 1, result.size()) : null;
        return new PageLinks(from, to, result.totalItems(), previous, next, result.page(), result.size());
    }

    /** The filters as a query string (empty values left out), e.g. for export links. */
    public static String query(Map<String, String> filters) {
        StringBuilder query = new StringBuilder();
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private static String link(String path, Map<String, String> filters, int page, int size) {
        Map<String, String> all = new LinkedHashMap<>(filters);
        all.put("page", String.valueOf(page));
        all.put("size", String.valueOf(size));
        return path + "?" + query(all);
    }
}
