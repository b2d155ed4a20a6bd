package kiku.issue;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.List;
import kiku.web.Paging;
import kiku.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/issues")
@Tag(name = "Issues")
public class IssueApi {

    @Inject
    IssueService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    SimilarIssues similar;

    public record MergeRequest(@NotNull @jakarta.validation.constraints.Positive Long sourceIssueId) {}

    @GET
    @Authenticated
    @Operation(summary = "List issues by department, status, category and text (q)")
    public Paging.Result<IssueDto> list(@QueryParam("department") String department, @QueryParam("status") String status,
                                        @QueryParam("category") String category, @QueryParam("q") String q,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.list(IssueFilter.parse(department, status, category, q), Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Get an issue")
    public IssueDto get(@PathParam("id") long id) {
        return IssueDto.of(service.get(id));
    }

    @POST
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Operation(summary = "Record an issue")
    public Response create(@Valid @NotNull IssueDto input) {
        IssueDto created = service.create(input);
        return Response.created(URI.create("/api/v1/issues/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.OFFICER, Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Replace an issue; a manager may change only status, fiscalYear and plannedHalf")
    public IssueDto update(@PathParam("id") long id, @Valid @NotNull IssueDto input) {
        boolean mayEditContent = identity.hasRole(Role.OFFICER) || identity.hasRole(Role.ADMIN);
        return service.update(id, input, mayEditContent);
    }

    @GET
    @Path("{id}/similar")
    @Authenticated
    @Operation(summary = "Open issues that read most like this one (similarity 0..1)")
    public List<SimilarIssues.Match> similar(@PathParam("id") long id, @QueryParam("limit") String limit) {
        return similar.like(service.get(id), QueryParams.optionalInt("limit", limit, 5, 1, 50));
    }

    @GET
    @Path("similar")
    @Authenticated
    @Operation(summary = "Open issues that read like a title being typed (similarity 0..1)")
    public List<SimilarIssues.Match> similarToText(@QueryParam("title") String title,
                                                   @QueryParam("description") String description,
                                                   @QueryParam("limit") String limit) {
        if (title == null || title.isBlank()) {
            throw kiku.web.Problem.invalid("title", "error.required");
        }
        return similar.likeText(title, description, QueryParams.optionalInt("limit", limit, 5, 1, 50));
    }

    @POST
    @Path("{id}/merge")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Operation(summary = "Merge another issue into this one; the source becomes MERGED")
    public IssueDto merge(@PathParam("id") long id, @Valid @NotNull MergeRequest request) {
        return service.merge(id, request.sourceIssueId());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Operation(summary = "Delete an issue and its scores")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
