package kiku.hearing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiku.department.Department;
import kiku.department.DepartmentTree;
import kiku.issue.Issue;
import kiku.web.PageContext;
import kiku.web.PageLinks;
import kiku.web.Paging;
import kiku.web.QueryParams;
import org.jboss.resteasy.reactive.RestForm;

/** Hearings: the list (newest first, filtered), one hearing with its notes, and the notes preview. */
@Path("/hearings")
@Authenticated
public class HearingPage {

    /** The filter form's values as typed, and the departments to choose from. */
    public record Filters(String department, String from, String to, List<DepartmentTree.Node> departments) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<HearingDto> hearings, Filters filters, PageLinks links, Integer imported);

        static native TemplateInstance detail(HearingDto hearing, Department department, List<Issue> issues,
                                              String clearDraft);

        static native TemplateInstance preview(String notes);
    }

    @Inject
    HearingService service;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("department") String department, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("page") String pageNumber,
                                 @QueryParam("size") String size, @QueryParam("imported") Integer imported) {
        Paging.Result<HearingDto> result = service.list(QueryParams.optionalId("department", department),
                QueryParams.optionalDate("from", from), QueryParams.optionalDate("to", to), Paging.of(pageNumber, size));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("department", department);
        query.put("from", from);
        query.put("to", to);
        Filters filters = new Filters(department, from, to, DepartmentTree.ordered(Department.listOrdered()));
        return Templates.list(result.items(), filters, PageLinks.of(result, "/hearings", query), imported)
                .setLocale(page.locale());
    }

    /** {@code saved} names the form whose draft the browser may now forget (new or edit). */
    @GET
    @Path("{id:\\d+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("saved") String saved) {
        HearingDto hearing = service.view(id);
        List<Issue> issues = hearing.issueIds().isEmpty() ? List.of()
                : Issue.list("id in ?1 order by id", hearing.issueIds());
        String clearDraft = "new".equals(saved) ? "hearing-new" : "edit".equals(saved) ? "hearing-" + id : null;
        return Templates.detail(hearing, Department.findById(hearing.departmentId()), issues, clearDraft)
                .setLocale(page.locale());
    }

    /** The notes as they will be shown, for the editor's preview (an htmx fragment). */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance preview(@RestForm String notes) {
        return Templates.preview(notes).setLocale(page.locale());
    }
}
