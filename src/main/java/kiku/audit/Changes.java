package kiku.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an audited change changed: the top-level fields whose value differs between the state
 * before and after, in the order of the JSON shape. Bookkeeping fields (id, version) are left out.
 */
public final class Changes {

    /** Values as text for people: null is empty, arrays are "1, 2", long texts are cut. */
    public record Field(String name, String before, String after) {}

    static final int SHOWN = 120;
    private static final Set<String> BOOKKEEPING = Set.of("id", "version");

    private Changes() {}

    public static List<Field> between(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        collect(after, names);
        collect(before, names);
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            JsonNode was = before == null ? null : before.get(name);
            JsonNode now = after == null ? null : after.get(name);
            if (!BOOKKEEPING.contains(name) && !same(was, now)) {
                fields.add(new Field(name, text(was), text(now)));
            }
        }
        return fields;
    }

    private static void collect(JsonNode state, Set<String> names) {
        if (state != null && state.isObject()) {
            for (Iterator<String> it = state.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        boolean aEmpty = a == null || a.isNull();
        boolean bEmpty = b == null || b.isNull();
        return aEmpty || bEmpty ? aEmpty == bEmpty : a.equals(b);
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        String text;
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
            text = String.join(", ", items);
        } else {
            text = value.isValueNode() ? value.asText() : value.toString();
        }
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
