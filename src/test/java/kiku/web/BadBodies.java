package kiku.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The valid bodies {@link BadInputTest} starts from, and the spoiled values it puts into them. */
final class BadBodies {

    private static final String LONG_MAX_PLUS_ONE = "9223372036854775808";
    /** Text that no field may hold: NUL, a bell, a lone surrogate (all as JSON escapes), raw control bytes. */
    private static final List<String> BAD_TEXT = List.of("\"\\u0000\"", "\"a\\u0007b\"", "\"\\ud800\"",
            "\"\\udc00x\"", "\"x\\u001b[31m\"", "\"raw\u0001\"");
    private static final List<String> NOT_TEXT = List.of("123", "1.5", "true", "[]", "{}", "[\"x\"]");
    private static final List<String> NOT_INTEGER = List.of("\"abc\"", "\"1\"", "1.5", "1e308", "1e400",
            LONG_MAX_PLUS_ONE, "-" + LONG_MAX_PLUS_ONE + "1", "true", "[]", "{}");
    private static final List<String> NOT_NUMBER = List.of("\"abc\"", "\"1\"", "true", "[]", "{}", "NaN", "Infinity");
    private static final List<String> NOT_BOOLEAN = List.of("\"yes\"", "\"true\"", "1", "[]", "{}");
    private static final List<String> NOT_DATE = List.of("\"2024-02-30\"", "\"yesterday\"", "\"2024-13-01\"",
            "\"24-01-01\"", "20240101", "\"\\u0000\"", "[2024, 1, 1]", "{}");
    private static final List<String> NOT_ENUM = List.of("\"NOPE\"", "\"new\"", "1", "true", "[]", "{}");
    private static final List<String> NOT_ARRAY = List.of("{}", "\"x\"", "1", "[{}]", "[[]]");
    private static final List<String> NOT_OBJECT = List.of("[]", "\"x\"", "1", "true");

    private BadBodies() {}

    /** A valid body of each write operation (by path), with the fixtures' ids. */
    static Map<String, Object> base(String path, Map<String, Long> ids) {
        long department = ids.get("departments");
        long criterion = ids.get("criteria");
        if (path.startsWith("/api/v1/departments")) {
            return Map.of("name", "検査", "kind", "UNIT", "parentId", department, "version", 0);
        }
        if (path.startsWith("/api/v1/hearings")) {
            return Map.of("departmentId", department, "heldOn", "2024-01-01", "notes", "メモ", "version", 0);
        }
        if (path.endsWith("/scores")) {
            return Map.of("scores", List.of(Map.of("criterionId", criterion, "value", 3, "comment", "")));
        }
        if (path.endsWith("/override")) {
            return Map.of("above", ids.get("issues"), "reason", "検査");
        }
        if (path.endsWith("/merge")) {
            return Map.of("sourceIssueId", ids.get("issues"));
        }
        if (path.startsWith("/api/v1/issues")) {
            return Map.of("title", "検査", "departmentIds", List.of(department), "annualHours", 1.0,
                    "fiscalYear", 2024, "status", "NEW", "version", 0, "hearingIds", List.of(ids.get("hearings")),
                    "evidence", List.of(Map.of("hearingId", ids.get("hearings"), "quote", "検査の引用")));
        }
        if (path.equals("/api/v1/criteria/ahp")) {
            return Map.of("criterionIds", List.of(criterion), "matrix", List.of(List.of(1)), "acceptInconsistent", false);
        }
        if (path.equals("/api/v1/criteria/weights") || path.endsWith("/preview")) {
            return Map.of("weights", Map.of(String.valueOf(criterion), 1));
        }
        if (path.startsWith("/api/v1/criteria")) {
            return Map.of("name", "検査", "weight", 1, "minScore", 1, "maxScore", 5, "direction", "BENEFIT",
                    "active", true, "position", 1, "version", 0);
        }
        if (path.equals("/api/v1/ahp")) {
            return Map.of("matrix", List.of(List.of(1, 3), List.of(0.3333, 1)));
        }
        if (path.endsWith("/sensitivity")) {
            return Map.of("topK", 5, "samples", 10, "perturbation", 0.3, "seed", 1);
        }
        if (path.startsWith("/api/v1/snapshots")) {
            return Map.of("name", "検査");
        }
        if (path.startsWith("/api/v1/users")) {
            return Map.of("username", "bad-input-user", "password", "a-long-enough-password", "displayName", "検査",
                    "roles", List.of("viewer"), "version", 0);
        }
        if (path.startsWith("/api/v1/plan/capacities")) {
            return Map.of("budgetYen", 1000000, "staffHours", 100.0, "version", 0);
        }
        if (path.endsWith("/apply")) {
            return Map.of("issueIds", List.of(ids.get("issues")), "half", "FIRST");
        }
        return Map.of(); // restore, and any operation added later: every field of its schema is still spoiled
    }

    /** Field path ("scores[0].value", "weights.1") → spoiled JSON values for it, from the schema. */
    static Map<String, List<String>> spoiled(JsonNode document, JsonNode schema) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode property = OpenApiOperations.resolve(document, p.getValue());
            fields.put(p.getKey(), values(property));
            JsonNode items = OpenApiOperations.resolve(document, property.path("items"));
            if ("array".equals(property.path("type").asText()) && !items.isMissingNode()) {
                if ("object".equals(items.path("type").asText())) {
                    items.path("properties").fields().forEachRemaining(ip -> fields.put(p.getKey() + "[0]." + ip.getKey(),
                            values(OpenApiOperations.resolve(document, ip.getValue()))));
                } else {
                    fields.put(p.getKey() + "[0]", values(items));
                }
            }
            JsonNode additional = property.path("additionalProperties");
            if (additional.isObject()) {
                List<String> bad = new ArrayList<>(values(OpenApiOperations.resolve(document, additional)));
                bad.add("-1");
                fields.put(p.getKey() + ".*", bad);
            }
        });
        return fields;
    }

    private static List<String> values(JsonNode schema) {
        if (schema.has("enum")) {
            return NOT_ENUM;
        }
        if ("date".equals(schema.path("format").asText()) || "date-time".equals(schema.path("format").asText())) {
            return NOT_DATE;
        }
        return switch (schema.path("type").asText()) {
            case "string" -> {
                List<String> bad = new ArrayList<>(NOT_TEXT);
                bad.addAll(BAD_TEXT);
                int max = schema.path("maxLength").asInt(100_000 - 1);
                bad.add("\"" + "長".repeat(Math.max(max + 1, 100_000)).substring(0, Math.max(max + 1, 100_000)) + "\"");
                yield bad;
            }
            case "integer" -> NOT_INTEGER;
            case "number" -> {
                List<String> bad = new ArrayList<>(NOT_NUMBER);
                if (schema.has("maximum") || schema.has("exclusiveMaximum")) {
                    bad.add("1e308");
                }
                yield bad;
            }
            case "boolean" -> NOT_BOOLEAN;
            case "array" -> {
                List<String> bad = new ArrayList<>(NOT_ARRAY);
                if ("array".equals(schema.path("items").path("type").asText())) {
                    bad.addAll(List.of("[[\"x\"]]", "[[true]]", "[[{}]]", "[\"x\"]"));
                }
                yield bad;
            }
            default -> NOT_OBJECT;
        };
    }

    /** Puts a raw JSON value at a field path of {@link #spoiled}; ".*" spoils a map's value and key. */
    static void put(ObjectNode body, String field, RawValue value) {
        if (field.endsWith(".*")) {
            ObjectNode map = body.putObject(field.substring(0, field.length() - 2));
            map.putRawValue(value.rawValue().toString().equals("-1") ? "1" : "abc", value);
            return;
        }
        int item = field.indexOf("[0]");
        if (item < 0) {
            body.putRawValue(field, value);
            return;
        }
        String array = field.substring(0, item);
        ArrayNode items = body.has(array) && body.get(array).isArray() ? (ArrayNode) body.get(array) : body.putArray(array);
        if (field.endsWith("[0]")) {
            items.removeAll();
            items.addRawValue(value);
            return;
        }
        ObjectNode first = items.size() > 0 && items.get(0).isObject() ? (ObjectNode) items.get(0) : items.addObject();
        first.putRawValue(field.substring(item + 4), value);
    }

    /** Values a query parameter must refuse, judged by its name; every parameter refuses NUL. */
    static List<String> badQueryValues(String name) {
        List<String> bad = new ArrayList<>(List.of("\u0000", "a\u0007"));
        switch (name) {
            // the last two fit an int, their offset (page × size 50) does not
            case "page" -> bad.addAll(List.of("-1", "abc", "1.5", LONG_MAX_PLUS_ONE, "2147483648", "2147483647",
                    "42949672"));
            case "size" -> bad.addAll(List.of("0", "501", "abc", "1.5", "-1"));
            case "limit" -> bad.addAll(List.of("abc", "1.5", "-1", LONG_MAX_PLUS_ONE));
            case "department", "id" -> bad.addAll(List.of("abc", "-1", "0", "1.5", LONG_MAX_PLUS_ONE));
            case "from", "to" -> bad.addAll(List.of("2024-02-30", "yesterday", "20240101"));
            case "status" -> bad.addAll(List.of("NOPE", "new", "1"));
            case "against" -> bad.addAll(List.of("abc", "-1", "1.5", "yesterday"));
            default -> { }
        }
        return bad;
    }
}
