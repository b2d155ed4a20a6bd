package kiku.issue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import kiku.account.Role;
import kiku.backlog.BacklogService;
import kiku.hearing.Hearing;
import kiku.hearing.HearingService;
import kiku.scoring.BlindScoring;
import kiku.scoring.Criterion;
import kiku.scoring.ScoreService;
import kiku.scoring.engine.Ranking;
import kiku.web.FormErrors;
import kiku.web.FormInput;
import kiku.web.HtmlResponse;
import kiku.web.PageContext;
import kiku.web.Problem;
import org.jboss.resteasy.reactive.RestForm;

/** One issue with its departments, its evidence (hearings), every rater's scores, and merging it away. */
@Path("/issues")
@Authenticated
public class IssuePage {

    /** A linked hearing, with the quote the issue takes from it (or null). */
    public record HearingRef(Hearing hearing, int round, String quote) {}

    /**
     * The merge control: the target's number, with similar open issues offered; null for those who may not merge.
     * A refused target comes back as typed, beside its message.
     */
    public record Merge(List<SimilarIssues.Match> similar, String typed, String error) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance issue(Issue issue, List<HearingRef> hearings, List<Criterion> criteria,
                                             ScoreService.IssueScores scores, Ranking.RankedItem position, Merge merge,
                                             List<IssueHistory.Line> history, Backing backing);
    }

    @Inject
    IssueService issues;

    @Inject
    ScoreService scores;

    @Inject
    BacklogService backlog;

    @Inject
    SimilarIssues similar;

    @Inject
    BlindScoring blind;

    @Inject
    IssueHistory history;

    @Inject
    PageContext page;

    @GET
    @Path("{id:\\d+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance issue(@PathParam("id") long id) {
        return page(issues.get(id), null, null);
    }

    /** Merges this issue into the chosen one; the domain's refusals (422, 404) come back on this page. */
    @POST
    @Path("{id:\\d+}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response merge(@PathParam("id") long id, @RestForm String target) {
        Issue issue = issues.get(id);
        FormInput in = new FormInput(page.locale());
        Long targetId = in.id("target", target);
        if (targetId == null) {
            String message = in.errors().has("target") ? in.errors().get("target")
                    : FormErrors.of(Problem.invalid("target", "error.required"), page.locale()).get("target");
            return HtmlResponse.status(400, page(issue, target, message));
        }
        try {
            issues.merge(targetId, id);
            return HtmlResponse.seeOther("/issues/" + targetId);
        } catch (Problem p) {
            return HtmlResponse.status(p.status(), page(issues.get(id), target,
                    FormErrors.of(p, page.locale()).all().values().iterator().next()));
        }
    }

    private TemplateInstance page(Issue issue, String typedTarget, String mergeError) {
        List<Hearing> evidence = issue.hearingIds.isEmpty() ? List.of()
                : Hearing.list("id in ?1 order by heldOn, id", issue.hearingIds);
        Map<Long, Integer> rounds = HearingService.rounds(evidence.stream().map(h -> h.departmentId).distinct().toList());
        List<HearingRef> hearings = evidence.stream().map(h -> new HearingRef(h, rounds.getOrDefault(h.id, 1),
                issue.quotes.get(h.id))).toList();
        Merge merge = null;
        if (page.hasRole(Role.OFFICER) && issue.status != IssueStatus.MERGED) {
            merge = new Merge(similar.like(issue, 5), typedTarget, mergeError);
        }
        return Templates.issue(issue, hearings, Criterion.ordered(), blind.visible(issue.id, scores.scores(issue.id)),
                backlog.position(issue.id), merge, history.of(issue.id, page.locale()),
                Backing.of(issue.id)).setLocale(page.locale());
    }
}
