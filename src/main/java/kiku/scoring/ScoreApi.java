package kiku.scoring;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import kiku.account.Role;
import kiku.web.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/issues/{id}/scores")
@Tag(name = "Scores")
public class ScoreApi {

    public record Entry(@NotNull Long criterionId, @NotNull Integer value, @Size(max = 2000) String comment) {}

    public record Sheet(@NotNull @Size(max = 100) List<@Valid @NotNull Entry> scores) {}

    @Inject
    ScoreService service;

    @Inject
    SecurityIdentity identity;

    @GET
    @Authenticated
    @Operation(summary = "Every rater's scores of an issue, with mean, min, max and count per criterion")
    public ScoreService.IssueScores get(@PathParam("id") long id) {
        return service.scores(id);
    }

    @PUT
    @RolesAllowed({Role.RATER, Role.ADMIN})
    @Operation(summary = "Save the caller's scores of an issue (all or nothing)")
    public ScoreService.IssueScores save(@PathParam("id") long id, @Valid @NotNull Sheet sheet) {
        List<ScoreService.ScoreInput> inputs = sheet.scores().stream()
                .map(e -> new ScoreService.ScoreInput(e.criterionId(), e.value(), e.comment())).toList();
        return service.save(id, identity.getPrincipal().getName(), inputs);
    }

    @DELETE
    @Path("{criterionId}")
    @RolesAllowed({Role.RATER, Role.ADMIN})
    @Operation(summary = "Remove the caller's score of an issue on one criterion")
    public void delete(@PathParam("id") long id, @PathParam("criterionId") long criterionId) {
        if (!service.delete(id, identity.getPrincipal().getName(), criterionId)) {
            throw Criterion.findById(criterionId) == null ? Problem.notFound("criterion", criterionId)
                    : new Problem(404, "score.none", List.of(), criterionId);
        }
    }
}
