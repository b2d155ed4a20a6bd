package kiku.scoring;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixtures of the ranking tests. These test classes own the criteria of the shared database:
 * each test starts with {@link #reset()}, which deletes every criterion and with them every
 * score, so afterwards only the issues the test itself scores are ranked.
 */
public final class Criteria {

    /** Reads JSON numbers as doubles: RestAssured's default (float) would lose the 1e-6 the totals need. */
    public static final JsonPathConfig DOUBLES =
            JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    private Criteria() {}

    /** Deletes every criterion through the API as a manager; their scores go with them. */
    public static void reset() {
        List<Long> ids = as(MANAGER).get("/api/v1/criteria?size=500").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
        for (long id : ids) {
            as(MANAGER).delete("/api/v1/criteria/" + id).then().statusCode(204);
        }
    }

    /** Creates a criterion (name made unique) and returns its id. */
    public static long create(String name, double weight, int minScore, int maxScore, String direction) {
        Map<String, Object> body = Map.of("name", unique(name), "weight", weight, "minScore", minScore,
                "maxScore", maxScore, "direction", direction);
        return as(MANAGER).body(body).post("/api/v1/criteria").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** A BENEFIT criterion on the default 1..5 scale. */
    public static long benefit(String name, double weight) {
        return create(name, weight, 1, 5, "BENEFIT");
    }

    public static Map<String, Object> read(long id) {
        return new HashMap<>(json(as(VIEWER).get("/api/v1/criteria/" + id).then().statusCode(200)).getMap(""));
    }

    /** Reads the criterion, applies the changes and saves it (with the version it read). */
    public static void update(long id, Map<String, Object> changes) {
        Map<String, Object> body = read(id);
        body.putAll(changes);
        as(MANAGER).body(body).put("/api/v1/criteria/" + id).then().statusCode(200);
    }

    public static void weights(Map<Long, ? extends Number> weights) {
        Map<String, Object> byId = new LinkedHashMap<>();
        weights.forEach((id, w) -> byId.put(String.valueOf(id), w));
        as(MANAGER).body(Map.of("weights", byId)).put("/api/v1/criteria/weights").then().statusCode(200);
    }

    /** Saves the rater's values of one issue: criterion id to value. */
    public static void score(String rater, long issueId, Map<Long, Integer> values) {
        as(rater).body(sheet(values)).put("/api/v1/issues/" + issueId + "/scores").then().statusCode(200);
    }

    /** The body of {@code PUT /issues/{id}/scores}. */
    public static Map<String, Object> sheet(Map<Long, Integer> values) {
        List<Map<String, Object>> scores = new ArrayList<>();
        values.forEach((id, value) -> scores.add(Map.of("criterionId", id, "value", value, "comment", "")));
        return Map.of("scores", scores);
    }

    /** Creates an issue in one department with extra fields (status, category, description...). */
    public static long issue(String title, long departmentId, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("title", title);
        body.put("departmentIds", List.of(departmentId));
        return as(OFFICER).body(body).post("/api/v1/issues").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** Changes an issue's status (as an officer, with the version read). */
    public static void status(long issueId, String status) {
        Map<String, Object> body = new HashMap<>(as(VIEWER).get("/api/v1/issues/" + issueId).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        body.put("status", status);
        as(OFFICER).body(body).put("/api/v1/issues/" + issueId).then().statusCode(200);
    }

    /** {@code GET /backlog} with a query string (e.g. "?department=3") as a viewer. */
    public static JsonPath backlog(String query) {
        return json(as(VIEWER).get("/api/v1/backlog" + query).then().statusCode(200));
    }

    /** {@code GET /backlog} with query parameters (encoded by RestAssured) as a viewer. */
    public static JsonPath backlog(Map<String, ?> params) {
        return json(as(VIEWER).queryParams(params).get("/api/v1/backlog").then().statusCode(200));
    }

    public static JsonPath json(ValidatableResponse response) {
        return response.extract().jsonPath(DOUBLES);
    }

    /** The issue ids of a backlog's (or snapshot's) items, in the order listed. */
    public static List<Long> ids(JsonPath view) {
        return view.getList("items.issueId", Long.class);
    }

    /** The backlog item of an issue, or null when it is not listed. */
    public static Map<String, Object> item(JsonPath view, long issueId) {
        List<Map<String, Object>> items = view.getList("items");
        return items.stream().filter(i -> ((Number) i.get("issueId")).longValue() == issueId).findFirst()
                .orElse(null);
    }

    /** Reads a number of a JSON map as a double. */
    public static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
