package kiku.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import kiku.account.Role;
import kiku.hearing.HearingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Backup")
@RolesAllowed(Role.ADMIN)
public class BackupApi {

    public record Restored(int users, int departments, int hearings, int issues, int criteria, int scores,
                           int snapshots, int overrides) {}

    @Inject
    BackupService service;

    @GET
    @Path("backup")
    @Operation(summary = "Everything Kiku holds as one JSON document (password hashes, never passwords)")
    public Response backup() {
        String name = "kiku-backup-" + LocalDate.now(HearingService.CITY_TIME) + ".json";
        return Response.ok(service.export()).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @POST
    @Path("restore")
    @Operation(summary = "Restore a backup into an empty database; its users replace the present accounts")
    public Restored restore(@Valid @NotNull BackupDocument document) {
        service.restore(document);
        return new Restored(document.users().size(), document.departments().size(), document.hearings().size(),
                document.issues().size(), document.criteria().size(), document.scores().size(),
                document.snapshots().size(), document.overrides().size());
    }
}
