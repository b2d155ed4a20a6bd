package kiku.coverage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.hearing.HearingService;
import kiku.web.PageContext;

/**
 * Which departments were heard, month by month over the last 12 months, never-heard ones first:
 * where the DX officer should go next, and which follow-ups are still open.
 */
@Path("/coverage")
@Authenticated
public class CoveragePage {

    public static final int MONTHS = 12;

    /** One month of one department: DONE and PLANNED hearings dated in it. */
    public record Cell(int year, int month, int done, int planned) {}

    /** A column of the grid; the year is shown on the first column and on January. */
    public record Month(int year, int month, boolean showYear) {}

    public record Line(CoverageService.Row row, List<Cell> cells, List<CoverageService.FollowUp> followUps) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance coverage(CoverageService.Coverage coverage, List<Month> months,
                                                List<Line> lines);
    }

    @Inject
    CoverageService service;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance coverage() {
        CoverageService.Coverage coverage = service.coverage();
        YearMonth now = YearMonth.from(LocalDate.now(HearingService.CITY_TIME));
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(now.minusMonths(i));
        }
        // department → month → {done, planned}
        Map<Long, Map<YearMonth, int[]>> counts = new HashMap<>();
        for (CoverageService.Held h : service.hearings(months.get(0).atDay(1), now.atEndOfMonth())) {
            int[] c = counts.computeIfAbsent(h.departmentId(), k -> new HashMap<>())
                    .computeIfAbsent(YearMonth.from(h.heldOn()), k -> new int[2]);
            c[h.done() ? 0 : 1]++;
        }
        Map<Long, List<CoverageService.FollowUp>> followUps = new HashMap<>();
        service.openFollowUps().forEach(f -> followUps.computeIfAbsent(f.departmentId(), k -> new ArrayList<>()).add(f));
        List<Line> lines = coverage.departments().stream().map(row -> {
            Map<YearMonth, int[]> byMonth = counts.getOrDefault(row.departmentId(), Map.of());
            List<Cell> cells = months.stream().map(m -> {
                int[] c = byMonth.getOrDefault(m, new int[2]);
                return new Cell(m.getYear(), m.getMonthValue(), c[0], c[1]);
            }).toList();
            return new Line(row, cells, followUps.getOrDefault(row.departmentId(), List.of()));
        }).toList();
        List<Month> heads = months.stream()
                .map(m -> new Month(m.getYear(), m.getMonthValue(), m.equals(months.get(0)) || m.getMonthValue() == 1))
                .toList();
        return Templates.coverage(coverage, heads, lines).setLocale(page.locale());
    }
}
