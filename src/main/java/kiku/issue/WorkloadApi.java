package kiku.issue;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workload")
@Tag(name = "Issues")
public class WorkloadApi {

    @Inject
    Workload workload;

    @GET
    @Authenticated
    @Operation(summary = "Annual staff hours and their cost in yen of the open issues, per department and for the city")
    public Workload.Totals totals() {
        return workload.totals();
    }
}
