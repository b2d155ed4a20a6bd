package kiku.backlog;

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
import kiku.department.Department;
import kiku.department.DepartmentKind;
import kiku.issue.IssueFilter;
import kiku.issue.IssueStatus;
import kiku.web.PageContext;
import kiku.web.Paging;

/** The ranked backlog as a page, with the same filters as the API and export links that keep them. */
@Path("/backlog")
@Authenticated
public class BacklogPage {

    /** The filter form's current values and choices. */
    public record Filters(String department, String status, String category, String q, List<Department> departments,
                          List<IssueStatus> statuses, List<String> categories, String query) {}

    /** Where this page sits in the list: 1-based item range, and the neighbouring pages (null at the ends). */
    public record Pager(long from, long to, Integer previous, Integer next) {
        static Pager of(BacklogView view) {
            long from = (long) view.page() * view.size() + 1;
            long to = from + view.items().size() - 1;
            return new Pager(from, to, view.page() > 0 ? view.page() - 1 : null,
                    to < view.totalItems() ? view.page() + 1 : null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance backlog(BacklogView view, Filters filters, Pager pager);
    }

    @Inject
    BacklogService service;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance backlog(@QueryParam("department") String department, @QueryParam("status") String status,
                                    @QueryParam("category") String category, @QueryParam("q") String q,
                                    @QueryParam("page") String pageNumber, @QueryParam("size") String size) {
        IssueFilter filter = IssueFilter.parse(department, status, category, q);
        BacklogView view = service.backlog(filter, Paging.of(pageNumber, size), page.locale());
        List<Department> departments = Department.list("kind = ?1 order by code, name", DepartmentKind.DEPARTMENT);
        List<String> categories = Department.getEntityManager()
                .createQuery("select distinct i.category from Issue i where i.category is not null order by 1", String.class)
                .getResultList();
        Filters filters = new Filters(department, status, category, q, departments, List.copyOf(IssueStatus.OPEN),
                categories, query(filter));
        return Templates.backlog(view, filters, Pager.of(view)).setLocale(page.locale());
    }

    /** The filter as a query string, for export and paging links. */
    private static String query(IssueFilter f) {
        StringBuilder query = new StringBuilder();
        append(query, "department", f.departmentId() == null ? null : f.departmentId().toString());
        append(query, "status", f.status() == null ? null : f.status().name());
        append(query, "category", f.category());
        append(query, "q", f.q());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
