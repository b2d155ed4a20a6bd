package kiku.backlog;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import kiku.account.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A manager's rank override of one issue; the backlog shows it with the computed rank beside it. */
@Path("/api/v1/issues/{id}/override")
@Tag(name = "Backlog")
public class OverrideApi {

    /** Exactly one of above and below; {@code version} when replacing an existing override. */
    public record Placement(Long above, Long below, String reason, Long version) {}

    @Inject
    OverrideService service;

    @GET
    @Authenticated
    @Operation(summary = "The rank override of an issue (404 when it has none)")
    public OverrideService.View get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Place an issue directly above or below another one, with a required reason (manager)")
    public OverrideService.View set(@PathParam("id") long id, @NotNull Placement placement) {
        return service.set(id, placement.above(), placement.below(), placement.reason(), placement.version());
    }

    @DELETE
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Remove an issue's rank override: it goes back to its computed rank (manager)")
    public void clear(@PathParam("id") long id) {
        service.clear(id);
    }
}
