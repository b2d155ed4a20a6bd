package kiku.hearing;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kiku.account.Role;
import kiku.web.Paging;
import kiku.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/hearings")
@Tag(name = "Hearings")
public class HearingApi {

    @Inject
    HearingService service;

    @GET
    @Authenticated
    @Operation(summary = "List hearings, newest first, by department and date range")
    public Paging.Result<HearingDto> list(@QueryParam("department") String department, @QueryParam("from") String from,
                                          @QueryParam("to") String to, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        return service.list(QueryParams.optionalId("department", department), QueryParams.optionalDate("from", from),
                QueryParams.optionalDate("to", to), Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Get a hearing with its round and the issues it raised")
    public HearingDto get(@PathParam("id") long id) {
        return service.view(id);
    }

    @POST
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Operation(summary = "Log a hearing")
    public Response create(@Valid @NotNull HearingDto input) {
        HearingDto created = service.create(input);
        return Response.created(URI.create("/api/v1/hearings/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Operation(summary = "Replace a hearing (send the version you read)")
    public HearingDto update(@PathParam("id") long id, @Valid @NotNull HearingDto input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Operation(summary = "Delete a hearing that is no issue's evidence")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
