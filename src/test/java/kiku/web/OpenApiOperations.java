package kiku.web;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the running application's own OpenAPI document, so that the sweeps over
 * "every endpoint" pick up a new endpoint without anybody remembering to list it.
 */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    /** One operation: its method (upper case), path template and OpenAPI description. */
    record Operation(String method, String path, JsonNode node) {

        boolean writes() {
            return !"GET".equals(method);
        }

        List<String> queryParameters() {
            List<String> names = new ArrayList<>();
            node.path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    names.add(p.path("name").asText());
                }
            });
            return names;
        }

        /** The request body's schema, references resolved, or null. */
        JsonNode bodySchema(JsonNode document) {
            JsonNode schema = node.path("requestBody").path("content").path("application/json").path("schema");
            return schema.isMissingNode() ? null : resolve(document, schema);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private OpenApiOperations() {}

    static JsonNode document() {
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the OpenAPI document is no JSON", e);
        }
    }

    static List<Operation> all(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), op.getValue()));
                }
            });
        }
        return operations;
    }

    static JsonNode resolve(JsonNode document, JsonNode schema) {
        while (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            schema = document.path("components").path("schemas").path(name);
        }
        return schema;
    }
}
