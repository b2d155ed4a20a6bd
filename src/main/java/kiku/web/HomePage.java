package kiku.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kiku.backlog.BacklogService;
import kiku.backlog.BacklogView;
import kiku.coverage.CoverageService;
import kiku.hearing.Hearing;
import kiku.hearing.HearingStatus;
import kiku.issue.Issue;
import kiku.issue.IssueFilter;
import kiku.issue.IssueStatus;

/** The overview: counts, how much of the city was heard, and the top 10. */
@Path("/")
@Authenticated
public class HomePage {

    public record Counts(long departments, long hearings, long openIssues) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Counts counts, CoverageService.Coverage coverage,
                                            List<CoverageService.Row> neverHeard, BacklogView top);
    }

    @Inject
    PageContext page;

    @Inject
    CoverageService coverage;

    @Inject
    BacklogService backlog;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        CoverageService.Coverage city = coverage.coverage();
        Counts counts = new Counts(city.total(), Hearing.count("status", HearingStatus.DONE),
                Issue.count("status in ?1", IssueStatus.OPEN));
        List<CoverageService.Row> neverHeard = city.departments().stream().filter(r -> r.hearings() == 0).toList();
        BacklogView top = backlog.backlog(IssueFilter.NONE, new Paging(0, 10), page.locale());
        return Templates.home(counts, city, neverHeard, top).setLocale(page.locale());
    }
}
