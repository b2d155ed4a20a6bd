package kiku.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import kiku.account.Role;
import kiku.web.Paging;
import kiku.web.Problem;
import kiku.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Tag(name = "Audit")
public class AuditApi {

    static final Set<String> ENTITIES = Set.of("department", "hearing", "issue", "criterion", "score", "snapshot",
            "user", "capacity", "rank_override");

    @Inject
    AuditTrail trail;

    @GET
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Who changed what and when, newest first, by entity, id and user")
    public Paging.Result<AuditTrail.Entry> find(@QueryParam("entity") String entity, @QueryParam("id") String id,
                                                @QueryParam("user") String user, @QueryParam("page") String page,
                                                @QueryParam("size") String size) {
        String kind = QueryParams.optionalText(entity);
        if (kind != null && !ENTITIES.contains(kind)) {
            throw Problem.invalid("entity", "error.enum", ENTITIES.stream().sorted().toList());
        }
        return trail.find(kind, QueryParams.optionalId("id", id), QueryParams.optionalText(user),
                Paging.of(page, size));
    }
}
