package kiku.backlog;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kiku.department.Department;
import kiku.hearing.HearingService;
import kiku.issue.IssueFilter;
import kiku.scoring.engine.Robustness;
import kiku.web.Lang;
import kiku.web.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/backlog")
@Tag(name = "Backlog")
@Authenticated
public class BacklogApi {

    public record Proposal(@NotNull Map<Long, Double> weights) {}

    /** Every field optional; the defaults are those of API.md. */
    public record SensitivityRequest(@Min(1) @Max(500) Integer topK, @Min(1) @Max(100_000) Integer samples,
                                     @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double perturbation,
                                     Long seed) {}

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    BacklogService service;

    @Inject
    SensitivityService sensitivity;

    @Inject
    MatrixService matrix;

    @GET
    @Operation(summary = "The ranked backlog of open issues, filtered and paged; ranks are city-wide")
    public BacklogView backlog(@QueryParam("department") String department, @QueryParam("status") String status,
                               @QueryParam("category") String category, @QueryParam("q") String q,
                               @QueryParam("page") String page, @QueryParam("size") String size,
                               @Context HttpHeaders headers) {
        return service.backlog(IssueFilter.parse(department, status, category, q), Paging.of(page, size),
                Lang.ofApi(headers));
    }

    @POST
    @Path("preview")
    @Operation(summary = "Rank under proposed weights without saving, with each item's rank change")
    public BacklogView preview(@Valid @NotNull Proposal proposal, @QueryParam("department") String department,
                               @QueryParam("status") String status, @QueryParam("category") String category,
                               @QueryParam("q") String q, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        return service.preview(proposal.weights(), IssueFilter.parse(department, status, category, q),
                Paging.of(page, size));
    }

    @POST
    @Path("sensitivity")
    @Operation(summary = "How sure the ranking is: top-K probabilities, rank percentiles and weight intervals")
    public Robustness.Result sensitivity(@Valid SensitivityRequest request) {
        SensitivityRequest r = request == null ? new SensitivityRequest(null, null, null, null) : request;
        return sensitivity.analyse(r.topK() == null ? 10 : r.topK(), r.samples() == null ? 2000 : r.samples(),
                r.perturbation() == null ? 0.3 : r.perturbation(), r.seed() == null ? 42 : r.seed());
    }

    @GET
    @Path("matrix")
    @Operation(summary = "The value–effort matrix: per ranked issue its value (BENEFIT) and effort (COST) composites, 0..1")
    public MatrixService.View matrix() {
        return matrix.matrix();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The filtered backlog as CSV (UTF-8 with BOM, for Excel)")
    public Response csv(@QueryParam("department") String department, @QueryParam("status") String status,
                        @QueryParam("category") String category, @QueryParam("q") String q,
                        @Context HttpHeaders headers) {
        Locale locale = Lang.ofApi(headers);
        IssueFilter filter = IssueFilter.parse(department, status, category, q);
        BacklogView view = service.backlog(filter, new Paging(0, 1), locale);
        byte[] body = BacklogExport.csv(view, service.allRanked(filter), departmentNames(), locale);
        return download(body, "csv");
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The filtered backlog as an Excel workbook")
    public Response xlsx(@QueryParam("department") String department, @QueryParam("status") String status,
                         @QueryParam("category") String category, @QueryParam("q") String q,
                         @Context HttpHeaders headers) {
        Locale locale = Lang.ofApi(headers);
        IssueFilter filter = IssueFilter.parse(department, status, category, q);
        BacklogView view = service.backlog(filter, new Paging(0, 1), locale);
        List<BacklogView.Item> items = service.allRanked(filter);
        Map<Long, String> names = departmentNames();
        StreamingOutput body = out -> BacklogExport.xlsx(view, items, names, locale, out);
        return download(body, "xlsx");
    }

    private static Response download(Object body, String extension) {
        String name = "kiku-backlog-" + LocalDate.now(HearingService.CITY_TIME) + "." + extension;
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static Map<Long, String> departmentNames() {
        Map<Long, String> names = new HashMap<>();
        Department.<Department>listAll().forEach(d -> names.put(d.id, d.name));
        return names;
    }
}
