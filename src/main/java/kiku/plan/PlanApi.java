package kiku.plan;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kiku.account.Role;
import kiku.plan.engine.FiscalYear;
import kiku.web.Lang;
import kiku.web.Paging;
import kiku.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plan")
@Tag(name = "Plan")
public class PlanApi {

    @Inject
    PlanService plans;

    @Inject
    SuggestService suggestions;

    /** {@code half} optional: FIRST (上期) or SECOND (下期); without it the issues get the year only. */
    public record ApplyRequest(@NotEmpty @Size(max = 500) List<@NotNull @Positive Long> issueIds,
                               FiscalYear.Half half) {}

    @GET
    @Path("capacities")
    @Authenticated
    @Operation(summary = "List the budget (yen) and staff-hour capacity of each fiscal year")
    public Paging.Result<CapacityDto> capacities(@QueryParam("page") String page, @QueryParam("size") String size) {
        return Paging.of(page, size).slice(plans.capacities());
    }

    @PUT
    @Path("capacities/{fiscalYear}")
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Set a fiscal year's capacity; creates it (201) or replaces it with the version read (200)")
    public Response putCapacity(@PathParam("fiscalYear") String fiscalYear, @Valid @NotNull CapacityDto input) {
        int year = year(fiscalYear);
        PlanService.Saved saved = plans.putCapacity(year, input);
        if (saved.created()) {
            return Response.created(URI.create("/api/v1/plan/capacities/" + year)).entity(saved.capacity()).build();
        }
        return Response.ok(saved.capacity()).build();
    }

    @GET
    @Path("{fiscalYear}")
    @Authenticated
    @Operation(summary = "A fiscal year's planned issues by half, with cost and hours against its capacity")
    public PlanView plan(@PathParam("fiscalYear") String fiscalYear) {
        return plans.plan(year(fiscalYear));
    }

    @POST
    @Path("{fiscalYear}/suggest")
    @Authenticated
    @Operation(summary = "Suggest the highest-scoring set of issues within the year's capacity (exact knapsack),"
            + " beside plain rank order, with the cut line explained; nothing is saved")
    public Suggestion suggest(@PathParam("fiscalYear") String fiscalYear, @Context HttpHeaders headers) {
        return suggestions.suggest(year(fiscalYear), Lang.ofApi(headers));
    }

    @POST
    @Path("{fiscalYear}/apply")
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Plan issues into the fiscal year (and half): NEW and ANALYZING become PLANNED")
    public PlanView apply(@PathParam("fiscalYear") String fiscalYear, @Valid @NotNull ApplyRequest request) {
        return plans.apply(year(fiscalYear), request.issueIds(), request.half());
    }

    /** A fiscal year in the path: an integer in FiscalYear's range, else 400 (never a 404 for a typo). */
    static int year(String value) {
        return QueryParams.optionalInt("fiscalYear", value == null || value.isBlank() ? "x" : value,
                0, FiscalYear.MIN, FiscalYear.MAX);
    }
}
