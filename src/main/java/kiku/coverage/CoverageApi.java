package kiku.coverage;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/coverage")
@Tag(name = "Coverage")
public class CoverageApi {

    @Inject
    CoverageService service;

    @GET
    @Authenticated
    @Operation(summary = "Hearings per active department: who was heard, when, and who never was")
    public CoverageService.Coverage coverage() {
        return service.coverage();
    }
}
