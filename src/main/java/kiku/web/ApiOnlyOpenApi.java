package kiku.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Keeps the OpenAPI document to the JSON API: HTML pages are not an API. Operations without a
 * description take their summary as one, so linters find every operation described.
 *
 * <p>Runs at build time: the document is then final in the jar, and start-up does not parse and
 * filter it again (that took about a sixth of the start-up CPU).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiOnlyOpenApi implements OASFilter {

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
    }
}
