package kiku.department;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.backlog.BacklogService;
import kiku.backlog.BacklogView;
import kiku.hearing.HearingDto;
import kiku.hearing.HearingService;
import kiku.issue.IssueDto;
import kiku.issue.IssueFilter;
import kiku.issue.IssueService;
import kiku.web.PageContext;
import kiku.web.Paging;

/** The organisation tree, and one department with its hearings and its issues' city-wide ranks. */
@Path("/departments")
@Authenticated
public class DepartmentPage {

    /** An issue of the department with its rank in the whole city's backlog (null: not ranked). */
    public record IssueRow(IssueDto issue, Integer rank, boolean open) {}

    /** Enough for any real department; the page is meant to print whole. */
    private static final Paging ALL = new Paging(0, Paging.MAX_SIZE);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<DepartmentTree.Node> nodes, Integer imported);

        static native TemplateInstance detail(Department department, List<Department> ancestors,
                                              List<Department> children, List<HearingDto> hearings, List<IssueRow> issues);
    }

    @Inject
    DepartmentService departments;

    @Inject
    HearingService hearings;

    @Inject
    IssueService issues;

    @Inject
    BacklogService backlog;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("imported") Integer imported) {
        return Templates.list(DepartmentTree.ordered(Department.listOrdered()), imported).setLocale(page.locale());
    }

    @GET
    @Path("{id:\\d+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@PathParam("id") long id) {
        Department department = departments.get(id);
        IssueFilter filter = new IssueFilter(id, null, null, null);
        Map<Long, Integer> ranks = new HashMap<>();
        for (BacklogView.Item item : backlog.backlog(filter, ALL, page.locale()).rankedItems()) {
            ranks.put(item.issueId(), item.rank());
        }
        List<IssueRow> rows = issues.list(filter, ALL).items().stream()
                .map(i -> new IssueRow(i, ranks.get(i.id()), i.status().isOpen()))
                .sorted((a, b) -> a.rank() == null ? (b.rank() == null ? 0 : 1) : b.rank() == null ? -1
                        : Integer.compare(a.rank(), b.rank()))
                .toList();
        List<Department> children = Department.list("parentId = ?1 order by code, name", id);
        return Templates.detail(department, ancestors(department), children,
                hearings.list(id, null, null, ALL).items(), rows).setLocale(page.locale());
    }

    private List<Department> ancestors(Department department) {
        List<Department> chain = new ArrayList<>();
        Long parentId = department.parentId;
        while (parentId != null && chain.size() < 20) {
            Department parent = Department.findById(parentId);
            if (parent == null) {
                break;
            }
            chain.add(parent);
            parentId = parent.parentId;
        }
        Collections.reverse(chain);
        return chain;
    }
}
