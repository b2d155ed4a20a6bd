package kiku.backlog;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kiku.account.Role;
import kiku.web.Paging;
import kiku.web.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/snapshots")
@Tag(name = "Snapshots")
public class SnapshotApi {

    public record NewSnapshot(@NotBlank @Size(max = 200) String name) {}

    @Inject
    SnapshotService service;

    @POST
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Freeze the current ranking for a decision meeting")
    public Response take(@Valid @NotNull NewSnapshot input) {
        SnapshotService.View taken = service.take(input.name());
        return Response.created(URI.create("/api/v1/snapshots/" + taken.id())).entity(taken).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List snapshots, newest first")
    public Paging.Result<SnapshotService.Summary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return service.list(Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Get a snapshot with its criteria and ranked items")
    public SnapshotService.View get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/diff")
    @Authenticated
    @Operation(summary = "Rank changes from a snapshot to now (against=current) or to another snapshot")
    public SnapshotService.Diff diff(@PathParam("id") long id, @QueryParam("against") String against) {
        if (against == null || against.isBlank() || against.strip().equals("current")) {
            return service.diff(id, null);
        }
        try {
            long other = Long.parseLong(against.strip());
            if (other > 0) {
                return service.diff(id, other);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problem.invalid("against", "snapshot.against");
    }
}
