package kiku.scoring;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import kiku.scoring.engine.Ahp;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ahp")
@Tag(name = "Criteria")
public class AhpApi {

    public record Matrix(@NotNull double[][] matrix) {}

    public record Result(double[] weights, double lambdaMax, double consistencyIndex, double consistencyRatio,
                         boolean consistent) {}

    @POST
    @Authenticated
    @Operation(summary = "Compute AHP weights and the consistency ratio of a pairwise matrix (nothing is saved)")
    public Result evaluate(@Valid @NotNull Matrix input) {
        Ahp.AhpResult r = AhpInput.evaluate(input.matrix());
        return new Result(r.weights(), r.lambdaMax(), r.consistencyIndex(), r.consistencyRatio(), r.consistent());
    }
}
