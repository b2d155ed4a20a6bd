package kiku.scoring;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
import java.util.Map;
import kiku.account.Role;
import kiku.web.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/criteria")
@Tag(name = "Criteria")
public class CriterionApi {

    public record Weights(@NotNull Map<Long, Double> weights) {}

    public record CriteriaList(List<CriterionDto> items) {}

    public record AhpApply(@NotEmpty List<@NotNull Long> criterionIds, @NotNull double[][] matrix,
                           Boolean acceptInconsistent) {}

    @Inject
    CriterionService service;

    @GET
    @Authenticated
    @Operation(summary = "List criteria in display order")
    public Paging.Result<CriterionDto> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return service.list(Paging.of(page, size));
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Get a criterion")
    public CriterionDto get(@PathParam("id") long id) {
        return CriterionDto.of(service.get(id));
    }

    @POST
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Create a criterion")
    public Response create(@Valid @NotNull CriterionDto input) {
        CriterionDto created = service.create(input);
        return Response.created(URI.create("/api/v1/criteria/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Replace a criterion (send the version you read)")
    public CriterionDto update(@PathParam("id") long id, @Valid @NotNull CriterionDto input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Delete a criterion and its scores")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }

    @PUT
    @Path("weights")
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Set several weights at once, all or nothing")
    public CriteriaList weights(@Valid @NotNull Weights input) {
        return new CriteriaList(service.setWeights(input.weights()));
    }

    @POST
    @Path("ahp")
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Set the active criteria's weights from an AHP pairwise comparison matrix")
    public CriteriaList applyAhp(@Valid @NotNull AhpApply input) {
        return new CriteriaList(service.applyAhp(input.criterionIds(), input.matrix(),
                Boolean.TRUE.equals(input.acceptInconsistent())));
    }
}
