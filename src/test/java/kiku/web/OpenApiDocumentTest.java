package kiku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the JSON API only, every operation, and no schema it does not use. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final String SCHEMAS = "#/components/schemas/";

    @Test
    void listsTheJsonApiOnlyEachOperationDescribed() {
        JsonNode document = OpenApiOperations.document();
        document.path("paths").fieldNames().forEachRemaining(path ->
                assertTrue(path.startsWith("/api/"), path + " is an API path"));
        for (OpenApiOperations.Operation op : OpenApiOperations.all(document)) {
            assertFalse(op.node().path("summary").asText().isBlank(), op + " has a summary");
            assertFalse(op.node().path("description").asText().isBlank(), op + " has a description");
        }
    }

    @Test
    void everySchemaIsUsedByAnOperation() {
        JsonNode document = OpenApiOperations.document();
        JsonNode schemas = document.path("components").path("schemas");
        Set<String> defined = new TreeSet<>();
        schemas.fieldNames().forEachRemaining(defined::add);
        assertTrue(defined.size() > 10, "found the schemas: " + defined);

        Set<String> used = new TreeSet<>();
        Deque<JsonNode> toRead = new ArrayDeque<>();
        toRead.push(document.path("paths"));
        while (!toRead.isEmpty()) {
            JsonNode node = toRead.pop();
            String ref = node.path("$ref").asText();
            if (ref.startsWith(SCHEMAS) && used.add(ref.substring(SCHEMAS.length()))) {
                toRead.push(schemas.path(ref.substring(SCHEMAS.length())));
            }
            node.elements().forEachRemaining(toRead::push);
        }
        assertEquals(defined, used, "component schemas and those reachable from the operations");
    }
}
