package kiku.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import kiku.hearing.HearingService;
import kiku.web.PageContext;
import kiku.web.QueryParams;

/** The printable city-wide report for the mayor (A4): {@code ?top=} chooses how many issues are explained. */
@Path("/report")
@Authenticated
public class ReportPage {

    public static final int DEFAULT_TOP = 10;
    public static final int MAX_TOP = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportService.Report report, int top, LocalDate today);
    }

    @Inject
    ReportService service;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance report(@QueryParam("top") String top) {
        int n = QueryParams.optionalInt("top", top, DEFAULT_TOP, 1, MAX_TOP);
        return Templates.report(service.report(n, page.locale()), n, LocalDate.now(HearingService.CITY_TIME))
                .setLocale(page.locale());
    }
}
