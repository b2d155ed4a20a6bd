package kiku.department;

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
import io.quarkus.security.Authenticated;
import kiku.web.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/departments")
@Tag(name = "Departments")
public class DepartmentApi {

    @Inject
    DepartmentService service;

    @GET
    @Authenticated
    @Operation(summary = "List departments (the organisation tree, by id)")
    public Paging.Result<DepartmentDto> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return service.list(Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Get a department")
    public DepartmentDto get(@PathParam("id") long id) {
        return DepartmentDto.of(service.get(id));
    }

    @POST
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Operation(summary = "Create a department")
    public Response create(@Valid @NotNull DepartmentDto input) {
        DepartmentDto created = service.create(input);
        return Response.created(URI.create("/api/v1/departments/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Operation(summary = "Replace a department (send the version you read)")
    public DepartmentDto update(@PathParam("id") long id, @Valid @NotNull DepartmentDto input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Operation(summary = "Delete a department without hearings, issues or sub-departments")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
