package kiku.backlog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kiku.account.Role;
import kiku.department.Department;
import kiku.department.DepartmentKind;
import kiku.issue.IssueFilter;
import kiku.issue.IssueStatus;
import kiku.scoring.CriterionService;
import kiku.web.FormErrors;
import kiku.web.Bundles;
import kiku.web.PageAccess;
import kiku.web.PageContext;
import kiku.web.Paging;
import kiku.web.Problem;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The ranked backlog as a page, with the same filters as the API and export links that keep
 * them, the rank change since the latest snapshot, and what-if weights: previewed with htmx
 * (nothing saved), saved as the new weights by managers.
 */
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
        static native TemplateInstance backlog(BacklogView view, Filters filters, Pager pager, WhatIf.Since since,
                                               WhatIf whatIf, WhatIf.Preview preview, String message, boolean saved);

        static native TemplateInstance preview(WhatIf.Preview preview, String message);
    }

    @Inject
    BacklogService service;

    @Inject
    SnapshotService snapshots;

    @Inject
    CriterionService criteria;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance backlog(@QueryParam("department") String department, @QueryParam("status") String status,
                                    @QueryParam("category") String category, @QueryParam("q") String q,
                                    @QueryParam("page") String pageNumber, @QueryParam("size") String size,
                                    @QueryParam("saved") String saved) {
        IssueFilter filter = IssueFilter.parse(department, status, category, q);
        return page(filter, Paging.of(pageNumber, size), WhatIf.current(), null, null, saved != null);
    }

    /** htmx: the table under the proposed weights, with each issue's move; nothing is saved. */
    @GET
    @Path("preview")
    @Produces(MediaType.TEXT_HTML)
    public Response preview(@QueryParam("department") String department, @QueryParam("status") String status,
                            @QueryParam("category") String category, @QueryParam("q") String q,
                            @QueryParam("size") String size, @QueryParam("wid") List<Long> wid,
                            @QueryParam("w") List<String> w) {
        IssueFilter filter = IssueFilter.parse(department, status, category, q);
        WhatIf whatIf = WhatIf.of(wid, w, texts().number());
        String refusal = whatIf.errors().isEmpty() ? null : String.join(" ", whatIf.errors().all().values());
        try {
            if (refusal == null) {
                Paging paging = Paging.of("0", size);
                WhatIf.Preview preview = WhatIf.Preview.of(service.preview(whatIf.weights(), filter, paging));
                return Response.ok(Templates.preview(preview, null).setLocale(page.locale())).build();
            }
        } catch (Problem p) {
            return Response.status(p.status()).entity(Templates.preview(null, message(p)).setLocale(page.locale()))
                    .build();
        }
        return Response.status(400).entity(Templates.preview(null, refusal).setLocale(page.locale())).build();
    }

    /** Without JavaScript: the whole page with the preview in place of the saved ranking. */
    @POST
    @Path("preview")
    @Produces(MediaType.TEXT_HTML)
    public Response previewPage(@RestForm String department, @RestForm String status, @RestForm String category,
                                @RestForm String q, @RestForm List<Long> wid, @RestForm List<String> w) {
        IssueFilter filter = IssueFilter.parse(department, status, category, q);
        WhatIf whatIf = WhatIf.of(wid, w, texts().number());
        Paging paging = new Paging(0, Paging.DEFAULT_SIZE);
        try {
            if (whatIf.errors().isEmpty()) {
                WhatIf.Preview preview = WhatIf.Preview.of(service.preview(whatIf.weights(), filter, paging));
                return Response.ok(page(filter, paging, whatIf, preview, null, false)).build();
            }
            return Response.status(400).entity(page(filter, paging, whatIf, null, null, false)).build();
        } catch (Problem p) {
            return Response.status(p.status()).entity(page(filter, paging, whatIf, null, message(p), false)).build();
        }
    }

    /** A manager saves the tried weights as the criteria's weights. */
    @POST
    @Path("weights")
    @Produces(MediaType.TEXT_HTML)
    public Response saveWeights(@RestForm String department, @RestForm String status, @RestForm String category,
                                @RestForm String q, @RestForm List<Long> wid, @RestForm List<String> w) {
        PageAccess.require(page, Role.MANAGER);
        IssueFilter filter = IssueFilter.parse(department, status, category, q);
        WhatIf whatIf = WhatIf.of(wid, w, texts().number());
        Paging paging = new Paging(0, Paging.DEFAULT_SIZE);
        if (!whatIf.errors().isEmpty()) {
            return Response.status(400).entity(page(filter, paging, whatIf, null, null, false)).build();
        }
        try {
            criteria.setWeights(whatIf.weights());
        } catch (Problem p) {
            return Response.status(p.status()).entity(page(filter, paging, whatIf, null, message(p), false)).build();
        }
        String query = query(filter);
        return Response.seeOther(URI.create("/backlog?" + (query.isEmpty() ? "" : query + "&") + "saved=weights")).build();
    }

    private TemplateInstance page(IssueFilter filter, Paging paging, WhatIf whatIf, WhatIf.Preview preview,
                                  String message, boolean saved) {
        BacklogView view = service.backlog(filter, paging, page.locale());
        List<Department> departments = Department.list("kind = ?1 order by code, name", DepartmentKind.DEPARTMENT);
        List<String> categories = Department.getEntityManager()
                .createQuery("select distinct i.category from Issue i where i.category is not null order by 1", String.class)
                .getResultList();
        Filters filters = new Filters(text(filter.departmentId()), filter.status() == null ? null : filter.status().name(),
                filter.category(), filter.q(), departments, List.copyOf(IssueStatus.OPEN), categories, query(filter));
        WhatIf.Since since = snapshots.latest().map(WhatIf::since).orElse(null);
        return Templates.backlog(view, filters, Pager.of(view), since, whatIf, preview, message, saved)
                .setLocale(page.locale());
    }

    private String message(Problem p) {
        return String.join(" ", FormErrors.of(p, page.locale()).all().values());
    }

    private BacklogMsg texts() {
        return Bundles.of(BacklogMsg.class, page.locale());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The filter as a query string, for export and paging links. */
    static String query(IssueFilter f) {
        StringBuilder query = new StringBuilder();
        append(query, "department", text(f.departmentId()));
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
