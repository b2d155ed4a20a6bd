package kiku.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.api.util.FilterUtil;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Keeps the OpenAPI document to the JSON API: HTML pages are not an API, and neither are the
 * schemas only they used (Qute's template types), which linters report as unused. Operations
 * without a description take their summary as one, so linters find every operation described.
 *
 * <p>Runs at build time: the document is then final in the jar, and start-up does not parse and
 * filter it again (that took about a sixth of the start-up CPU).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiOnlyOpenApi implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (String path : Map.copyOf(openAPI.getPaths().getPathItems()).keySet()) {
            if (!path.startsWith("/api/")) {
                openAPI.getPaths().removePathItem(path);
            }
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getDescription() == null && operation.getSummary() != null) {
                    operation.setDescription(operation.getSummary() + ".");
                }
            }
        }
        removeUnreachableSchemas(openAPI);
    }

    /**
     * Removes the component schemas no operation reaches, directly or through other schemas.
     * (SmallRye's own removal counts references: it runs before this filter, and keeps schemas
     * that refer to each other, as Qute's types do.)
     */
    private static void removeUnreachableSchemas(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> toRead = new ArrayDeque<>(references(OASFactory.createOpenAPI().paths(openAPI.getPaths())));
        while (!toRead.isEmpty()) {
            String name = toRead.pop();
            Schema schema = components.getSchemas().get(name);
            if (reached.add(name) && schema != null) {
                toRead.addAll(references(OASFactory.createOpenAPI()
                        .components(OASFactory.createComponents().addSchema(name, schema))));
            }
        }
        for (String name : Set.copyOf(components.getSchemas().keySet())) {
            if (!reached.contains(name)) {
                components.removeSchema(name);
            }
        }
    }

    /** The names of the component schemas a part of the document refers to. */
    private static Set<String> references(OpenAPI part) {
        Set<String> names = new HashSet<>();
        FilterUtil.applyFilter(new OASFilter() {
            @Override
            public Schema filterSchema(Schema schema) {
                String ref = schema.getRef();
                if (ref != null && ref.startsWith(SCHEMAS)) {
                    names.add(ref.substring(SCHEMAS.length()));
                }
                return schema;
            }
        }, part);
        return names;
    }
}
