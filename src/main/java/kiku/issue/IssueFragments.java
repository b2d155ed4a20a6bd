package kiku.issue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kiku.web.PageContext;

/**
 * The parts of the issue form that htmx reloads: similar open issues while a title is typed, and
 * the hearings of the departments ticked so far.
 */
@Path("/issues")
@Authenticated
public class IssueFragments {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance similar(List<IssueChoices.SimilarRow> matches);

        static native TemplateInstance hearings(List<IssueChoices.HearingGroup> groups, Set<String> selected);
    }

    @Inject
    IssueChoices choices;

    @Inject
    PageContext page;

    @GET
    @Path("similar")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance similar(@QueryParam("title") String title) {
        return Templates.similar(choices.similar(title)).setLocale(page.locale());
    }

    @GET
    @Path("hearing-options")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance hearings(@QueryParam("departmentIds") List<String> departmentIds,
                                     @QueryParam("hearingIds") List<String> hearingIds) {
        return Templates.hearings(choices.hearings(departmentIds, hearingIds), new TreeSet<>(hearingIds))
                .setLocale(page.locale());
    }
}
