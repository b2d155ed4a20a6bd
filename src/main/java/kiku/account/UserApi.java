package kiku.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import kiku.web.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Users")
public class UserApi {

    public record Me(String username, String displayName, List<String> roles) {}

    @Inject
    UserService service;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("me")
    @Authenticated
    @Operation(summary = "The signed-in user")
    public Me me() {
        String username = identity.getPrincipal().getName();
        User user = User.findByUsername(username).orElseThrow(io.quarkus.security.UnauthorizedException::new);
        return new Me(user.username, user.displayName, user.roleList());
    }

    @GET
    @Path("users")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "List users (passwords are never returned)")
    public Paging.Result<UserService.UserView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return service.list(Paging.of(page, size));
    }

    @GET
    @Path("users/{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Get a user")
    public UserService.UserView get(@PathParam("id") long id) {
        return UserService.UserView.of(service.get(id));
    }

    @POST
    @Path("users")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Create a user with a password of at least 12 characters")
    public Response create(@NotNull UserService.UserInput input) {
        UserService.UserView created = service.create(input);
        return Response.created(URI.create("/api/v1/users/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("users/{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Replace a user's name and roles; the password changes only when sent")
    public UserService.UserView update(@PathParam("id") long id, @NotNull UserService.UserInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("users/{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Delete a user (never the last administrator)")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
