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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiku.department.Department;
import kiku.department.DepartmentTree;
import kiku.web.PageContext;
import kiku.web.PageLinks;
import kiku.web.Paging;

/** Every issue (closed and merged ones too), with the backlog's filters and paging. */
@Path("/issues")
@Authenticated
public class IssueListPage {

    /** The filter form's values as typed, and its choices. */
    public record Filters(String department, String status, String category, String q,
                          List<DepartmentTree.Node> departments, List<IssueStatus> statuses, List<String> categories) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<IssueDto> issues, Filters filters, PageLinks links, Integer imported);
    }

    @Inject
    IssueService service;

    @Inject
    IssueChoices choices;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("department") String department, @QueryParam("status") String status,
                                 @QueryParam("category") String category, @QueryParam("q") String q,
                                 @QueryParam("page") String pageNumber, @QueryParam("size") String size,
                                 @QueryParam("imported") Integer imported) {
        IssueFilter filter = IssueFilter.parse(department, status, category, q);
        Paging.Result<IssueDto> result = service.list(filter, Paging.of(pageNumber, size));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("department", department);
        query.put("status", status);
        query.put("category", category);
        query.put("q", q);
        Filters filters = new Filters(department, status, category, q, DepartmentTree.ordered(Department.listOrdered()),
                List.of(IssueStatus.values()), choices.categories());
        return Templates.list(result.items(), filters, PageLinks.of(result, "/issues", query), imported)
                .setLocale(page.locale());
    }
}
