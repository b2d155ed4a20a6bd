package kiku.backlog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kiku.account.Role;
import kiku.web.FormErrors;
import kiku.web.Bundles;
import kiku.web.PageAccess;
import kiku.web.PageContext;
import kiku.web.Paging;
import kiku.web.PlainText;
import org.jboss.resteasy.reactive.RestForm;

/** Snapshots for decision meetings: the list, taking one (managers), and one snapshot with its diff. */
@Path("/snapshots")
@Authenticated
public class SnapshotPage {

    /** What the diff compares with: "current", or another snapshot's id. */
    public record Against(String value, List<SnapshotService.Summary> choices) {
        public boolean chosen(long snapshotId) {
            return value.equals(String.valueOf(snapshotId));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paging.Result<SnapshotService.Summary> snapshots, boolean canTake,
                                            String name, FormErrors errors);

        static native TemplateInstance snapshot(SnapshotService.View snapshot, SnapshotService.Diff diff,
                                                Against against, boolean taken);
    }

    @Inject
    SnapshotService service;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("page") String pageNumber, @QueryParam("size") String size) {
        return Templates.list(service.list(Paging.of(pageNumber, size)), page.hasRole(Role.MANAGER), "", FormErrors.none())
                .setLocale(page.locale());
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response take(@RestForm String name) {
        PageAccess.require(page, Role.MANAGER);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200 || !PlainText.isClean(trimmed)) {
            BacklogMsg msg = Bundles.of(BacklogMsg.class, page.locale());
            String error = trimmed.isEmpty() ? msg.snap_required() : kiku.web.Texts.format(page.locale(),
                    trimmed.length() > 200 ? "error.tooLong" : PlainText.MESSAGE, 200);
            return Response.status(400).entity(Templates.list(service.list(new Paging(0, Paging.DEFAULT_SIZE)), true,
                    name == null ? "" : name, FormErrors.none().add("name", error)).setLocale(page.locale())).build();
        }
        SnapshotService.View taken = service.take(trimmed);
        return Response.seeOther(URI.create("/snapshots/" + taken.id() + "?taken=1")).build();
    }

    /** One snapshot and its diff against the current ranking (default) or another snapshot. */
    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance snapshot(@PathParam("id") long id, @QueryParam("against") String against,
                                     @QueryParam("taken") String taken) {
        SnapshotService.View snapshot = service.get(id);
        Long other = null;
        if (against != null && !against.isBlank() && !against.strip().equals("current")) {
            other = kiku.web.QueryParams.optionalId("against", against);
        }
        SnapshotService.Diff diff = service.diff(id, other);
        List<SnapshotService.Summary> choices = service.list(new Paging(0, Paging.MAX_SIZE)).items().stream()
                .filter(s -> s.id() != id).toList();
        return Templates.snapshot(snapshot, diff, new Against(other == null ? "current" : other.toString(), choices),
                taken != null).setLocale(page.locale());
    }
}
