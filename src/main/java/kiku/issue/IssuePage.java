package kiku.issue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import kiku.backlog.BacklogService;
import kiku.hearing.Hearing;
import kiku.hearing.HearingService;
import kiku.scoring.BlindScoring;
import kiku.scoring.Criterion;
import kiku.scoring.ScoreService;
import kiku.scoring.engine.Ranking;
import kiku.web.PageContext;

/** One issue with its departments, its evidence (hearings) and every rater's scores. */
@Path("/issues/{id}")
@Authenticated
public class IssuePage {

    public record HearingRef(Hearing hearing, int round) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance issue(Issue issue, List<HearingRef> hearings, List<Criterion> criteria,
                                             ScoreService.IssueScores scores, Ranking.RankedItem position);
    }

    @Inject
    IssueService issues;

    @Inject
    ScoreService scores;

    @Inject
    BacklogService backlog;

    @Inject
    BlindScoring blind;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance issue(@PathParam("id") long id) {
        Issue issue = issues.get(id);
        List<Hearing> evidence = issue.hearingIds.isEmpty() ? List.of()
                : Hearing.list("id in ?1 order by heldOn, id", issue.hearingIds);
        Map<Long, Integer> rounds = HearingService.rounds(evidence.stream().map(h -> h.departmentId).distinct().toList());
        List<HearingRef> hearings = evidence.stream().map(h -> new HearingRef(h, rounds.getOrDefault(h.id, 1))).toList();
        return Templates.issue(issue, hearings, Criterion.ordered(), blind.visible(id, scores.scores(id)),
                        backlog.position(id))
                .setLocale(page.locale());
    }
}
