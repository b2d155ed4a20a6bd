package kiku.scoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kiku.account.Role;
import kiku.web.PageAccess;
import kiku.web.PageContext;
import kiku.web.PageLinks;
import kiku.web.Paging;
import kiku.web.Problem;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The scoring sheet: every open issue × every active criterion for the signed-in rater. Each
 * cell is a pair of form fields {@code k} ("issueId:criterionId") and {@code v} (the value), so
 * that one POST carries the whole sheet; rows are saved one by one, each all or nothing.
 */
@Path("/scoring")
@Authenticated
public class ScoringPage {

    /** One row as shown: the stored row, what the user typed (kept on errors) and the outcome of a save. */
    public record RowView(ScoringSheetService.Row row, List<SheetInput.CellView> cells, String message, boolean saved) {
        public boolean invalid() {
            return message != null || cells.stream().anyMatch(c -> c.error() != null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(List<Criterion> criteria, List<RowView> rows, PageLinks links,
                                             int scored, int total, boolean canScore, boolean onlyUnscored,
                                             int saved, int failed);

        static native TemplateInstance sheet$row(RowView view, List<Criterion> criteria, boolean canScore);

        static native TemplateInstance progress(int scored, int total);
    }

    @Inject
    ScoringSheetService sheets;

    @Inject
    SheetInput input;

    @Inject
    BlindScoring blind;

    @Inject
    PageContext page;

    static final int SHEET_ROWS = 100;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance sheet(@QueryParam("only") String only, @QueryParam("saved") String saved,
                                  @QueryParam("page") String pageNumber, @QueryParam("size") String size) {
        int count = saved == null || !saved.matches("\\d{1,6}") ? 0 : Integer.parseInt(saved);
        return render("unscored".equals(only), paging(pageNumber, size), Map.of(), count, 0);
    }

    /** The progress line alone; the sheet reloads it after htmx saved a row. */
    @GET
    @Path("progress")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance progress() {
        int[] progress = sheets.progress(blind.username());
        return Templates.progress(progress[0], progress[1]).setLocale(page.locale());
    }

    /** "Save all", or one row when the form says which ({@code row}, the fallback without JavaScript). */
    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response save(@RestForm List<String> k, @RestForm List<String> v, @RestForm String row,
                         @RestForm String only, @RestForm("page") String pageNumber, @RestForm String size) {
        PageAccess.require(page, Role.RATER);
        Map<Long, Map<Long, String>> typed = SheetInput.parse(k, v);
        Long single = SheetInput.id(row);
        if (single != null) {
            typed.keySet().retainAll(java.util.Set.of(single));
        }
        Map<Long, SheetInput.Outcome> outcomes = input.saveAll(typed, blind.username(), page.locale());
        int saved = (int) outcomes.values().stream().filter(SheetInput.Outcome::saved).count();
        int failed = (int) outcomes.values().stream().filter(SheetInput.Outcome::failed).count();
        boolean onlyUnscored = "unscored".equals(only);
        Paging paging = returnTo(pageNumber, size);
        if (failed == 0) {
            String query = "?saved=" + saved + (onlyUnscored ? "&only=unscored" : "") + "&page=" + paging.page()
                    + "&size=" + paging.size();
            return Response.seeOther(URI.create("/scoring" + query + (single == null ? "" : "#row-" + single))).build();
        }
        return Response.status(400).entity(render(onlyUnscored, paging, outcomes, saved, failed)).build();
    }

    /** htmx: saves one row and answers with the row again (400 with the messages when it was refused). */
    @POST
    @Path("rows/{issueId}")
    @Produces(MediaType.TEXT_HTML)
    public Response saveRow(@PathParam("issueId") long issueId, @RestForm List<String> k, @RestForm List<String> v,
                            @HeaderParam("HX-Request") String htmx) {
        PageAccess.require(page, Role.RATER);
        Map<Long, String> values = SheetInput.parse(k, v).getOrDefault(issueId, Map.of());
        SheetInput.Outcome outcome = input.saveAll(Map.of(issueId, values), blind.username(), page.locale())
                .get(issueId);
        if (htmx == null) {
            return outcome.failed()
                    ? Response.status(400).entity(render(false, paging(null, null), Map.of(issueId, outcome), 0, 1)).build()
                    : Response.seeOther(URI.create("/scoring?saved=1#row-" + issueId)).build();
        }
        List<Criterion> criteria = ScoringSheetService.activeCriteria();
        RowView view = view(criteria, sheets.row(issueId, blind.username(), blind.isRater()), outcome);
        String html = Templates.sheet$row(view, criteria, true).setLocale(page.locale()).render();
        // the progress line listens for this event and reloads itself
        return Response.status(outcome.failed() ? 400 : 200).entity(html).header("HX-Trigger", "kiku-scored").build();
    }

    /**
     * The sheet page a save returns to, from the form's hidden fields. The scores are saved by then, so
     * a page the form could not have sent is no error of the rater's: the first page instead.
     */
    private static Paging returnTo(String pageNumber, String size) {
        try {
            return paging(pageNumber, size);
        } catch (Problem notAPage) {
            return paging(null, null);
        }
    }

    /** A sheet page holds 100 rows unless asked otherwise: enough for a sitting, light enough for a tablet. */
    private static Paging paging(String pageNumber, String size) {
        return Paging.of(pageNumber, size == null || size.isBlank() ? String.valueOf(SHEET_ROWS) : size);
    }

    private TemplateInstance render(boolean onlyUnscored, Paging paging, Map<Long, SheetInput.Outcome> outcomes,
                                    int saved, int failed) {
        ScoringSheetService.Sheet sheet = sheets.sheet(blind.username(), blind.isRater(), onlyUnscored, paging);
        List<RowView> rows = sheet.rows().items().stream()
                .map(r -> view(sheet.criteria(), r, outcomes.get(r.issueId()))).toList();
        Map<String, String> filters = onlyUnscored ? Map.of("only", "unscored") : Map.of();
        return Templates.sheet(sheet.criteria(), rows, PageLinks.of(sheet.rows(), "/scoring", filters), sheet.scored(),
                sheet.total(), page.hasRole(Role.RATER), onlyUnscored, saved, failed).setLocale(page.locale());
    }

    private static RowView view(List<Criterion> criteria, ScoringSheetService.Row row, SheetInput.Outcome outcome) {
        return new RowView(row, SheetInput.cells(criteria, row, outcome), outcome == null ? null : outcome.message(),
                outcome != null && outcome.saved());
    }
}
