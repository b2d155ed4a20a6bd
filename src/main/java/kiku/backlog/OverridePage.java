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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kiku.account.Role;
import kiku.issue.Issue;
import kiku.issue.IssueFilter;
import kiku.scoring.engine.Ranking;
import kiku.web.FormErrors;
import kiku.web.FormInput;
import kiku.web.HtmlResponse;
import kiku.web.PageAccess;
import kiku.web.PageContext;
import kiku.web.Paging;
import kiku.web.Problem;
import org.jboss.resteasy.reactive.RestForm;

/** A manager places an issue above or below another one with a reason, or sends it back to its computed rank. */
@Path("/backlog/overrides/{id:\\d+}")
@Authenticated
public class OverridePage {

    /** What was typed: side is "above" or "below". */
    public record Typed(String side, String anchor, String reason, String version) {
        public boolean chosen(long issueId) {
            return anchor != null && anchor.strip().equals(String.valueOf(issueId));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance override(Issue issue, Ranking.RankedItem position, Ranking.RankedItem computed,
                                                OverrideService.View current, List<BacklogView.Item> choices,
                                                Typed typed, FormErrors errors, boolean canEdit);
    }

    @Inject
    OverrideService overrides;

    @Inject
    BacklogService backlog;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@PathParam("id") long id) {
        OverrideService.View current = overrides.of(id);
        Typed typed = current == null ? new Typed("above", "", "", "")
                : new Typed(current.above() != null ? "above" : "below",
                        String.valueOf(current.above() != null ? current.above() : current.below()), current.reason(),
                        String.valueOf(current.version()));
        return page(id, typed, FormErrors.none());
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response set(@PathParam("id") long id, @RestForm String side, @RestForm String anchor,
                        @RestForm String reason, @RestForm String version) {
        PageAccess.require(page, Role.MANAGER);
        FormInput in = new FormInput(page.locale());
        Typed typed = new Typed("below".equals(in.oneOf("side", side, List.of("above", "below"))) ? "below" : "above",
                anchor, reason, version);
        Long anchorId = in.id("anchor", anchor);
        Long versionRead = version(version);
        if (anchorId == null && !in.errors().has("anchor")) {
            in.errors().add("anchor", FormErrors.of(Problem.invalid("anchor", "error.required"), page.locale())
                    .get("anchor"));
        }
        if (!in.errors().isEmpty()) {
            return HtmlResponse.status(400, page(id, typed, in.errors()));
        }
        try {
            boolean above = "above".equals(typed.side());
            overrides.set(id, above ? anchorId : null, above ? null : anchorId, reason,
                    versionRead);
            return HtmlResponse.seeOther("/backlog/overrides/" + id);
        } catch (Problem p) {
            FormErrors errors = FormErrors.none();
            FormErrors.of(p, page.locale()).all().forEach((field, message) ->
                    errors.add(field.equals("above") || field.equals("below") ? "anchor" : field, message));
            return HtmlResponse.status(p.status(), page(id, typed, errors));
        }
    }

    @POST
    @Path("delete")
    @Produces(MediaType.TEXT_HTML)
    public Response clear(@PathParam("id") long id) {
        PageAccess.require(page, Role.MANAGER);
        try {
            overrides.clear(id);
        } catch (Problem p) {
            if (p.status() != 404) { // already gone: the page shows the computed place anyway
                throw p;
            }
        }
        return HtmlResponse.seeOther("/backlog/overrides/" + id);
    }

    /** The hidden version field: empty for a new override; anything unreadable counts as stale. */
    private static Long version(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private TemplateInstance page(long id, Typed typed, FormErrors errors) {
        Issue issue = Issue.findById(id);
        if (issue == null) {
            throw Problem.notFound("issue", id);
        }
        List<BacklogView.Item> choices = backlog.backlog(IssueFilter.NONE, new Paging(0, Paging.MAX_SIZE),
                page.locale()).rankedItems().stream().filter(i -> i.issueId() != id).toList();
        return Templates.override(issue, backlog.position(id), backlog.computedPosition(id), overrides.of(id), choices,
                typed, errors, page.hasRole(Role.MANAGER)).setLocale(page.locale());
    }
}
