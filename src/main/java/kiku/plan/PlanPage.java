package kiku.plan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kiku.account.Role;
import kiku.hearing.HearingService;
import kiku.plan.engine.FiscalYear;
import kiku.web.FormErrors;
import kiku.web.FormInput;
import kiku.web.HtmlResponse;
import kiku.web.PageAccess;
import kiku.web.PageContext;
import kiku.web.Problem;
import kiku.web.QueryParams;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The fiscal-year plan of one year: its capacity (managers set it), the planned issues by half against it, and the
 * suggestion beside rank order with its cut line in words; managers may apply the suggestion.
 */
@Path("/plan")
@Authenticated
public class PlanPage {

    /** The capacity form as typed, so a refused form comes back as it was. */
    public record CapacityForm(String budgetYen, String staffHours, String version) {
        static CapacityForm of(CapacityDto c) {
            return c == null ? new CapacityForm("", "", "")
                    : new CapacityForm(String.valueOf(c.budgetYen()), String.valueOf(c.staffHours()),
                    String.valueOf(c.version()));
        }
    }

    /** {@code suggestion} is null without a capacity; {@code notice} a line after a saved form. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(PlanView plan, Suggestion suggestion, List<Integer> years,
                                            CapacityForm form, FormErrors errors, CapacityDto current, String notice);
    }

    @Inject
    PlanService plans;

    @Inject
    SuggestService suggestions;

    @Inject
    PageContext page;

    @Inject
    Validator validator;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance plan(@QueryParam("year") String year, @QueryParam("saved") String saved,
                                 @QueryParam("applied") String applied) {
        int fy = year(year);
        PlanMsg msg = kiku.web.Bundles.of(PlanMsg.class, page.locale());
        String notice = saved != null ? msg.capacity_saved()
                : applied != null ? msg.applied(QueryParams.optionalInt("applied", applied, 0, 0, 500)) : null;
        return render(fy, CapacityForm.of(plans.capacity(fy)), FormErrors.none(), null, notice);
    }

    @POST
    @Path("capacity")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response saveCapacity(@RestForm String year, @RestForm String budgetYen, @RestForm String staffHours,
                                 @RestForm String version) {
        PageAccess.require(page, Role.MANAGER);
        int fy = PlanApi.year(year);
        CapacityForm form = new CapacityForm(budgetYen, staffHours, version);
        FormInput in = new FormInput(page.locale());
        CapacityDto input = new CapacityDto(fy, in.wholeNumber("budgetYen", budgetYen),
                in.decimal("staffHours", staffHours), in.version(version));
        FormErrors errors = in.validate(validator, input);
        if (!errors.isEmpty()) {
            return HtmlResponse.status(400, render(fy, form, errors, null, null));
        }
        try {
            plans.putCapacity(fy, input);
            return HtmlResponse.seeOther("/plan?year=" + fy + "&saved=1");
        } catch (Problem p) {
            if (!p.isStale()) {
                return HtmlResponse.status(p.status(), render(fy, form, FormErrors.of(p, page.locale()), null, null));
            }
            CapacityDto current = plans.capacity(fy);
            FormErrors conflict = FormErrors.none().add(FormErrors.FORM, FormInput.conflictMessage(page.locale()));
            return HtmlResponse.status(409, render(fy, new CapacityForm(budgetYen, staffHours,
                    String.valueOf(current.version())), conflict, current, null));
        }
    }

    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response apply(@RestForm String year, @RestForm List<String> issueIds, @RestForm String half) {
        PageAccess.require(page, Role.MANAGER);
        int fy = PlanApi.year(year);
        FormInput in = new FormInput(page.locale());
        List<Long> ids = in.ids("issueIds", issueIds);
        FiscalYear.Half chosen = in.choice("half", half, FiscalYear.Half.class);
        if (!in.errors().isEmpty() || ids.isEmpty()) {
            throw Problem.invalid("issueIds", "plan.issueIdsRequired");
        }
        plans.apply(fy, ids, chosen);
        return HtmlResponse.seeOther("/plan?year=" + fy + "&applied=" + ids.size());
    }

    private TemplateInstance render(int fy, CapacityForm form, FormErrors errors, CapacityDto current, String notice) {
        PlanView plan = plans.plan(fy);
        Suggestion suggestion = plan.capacity() == null ? null : suggestions.suggest(fy, page.locale());
        return Templates.plan(plan, suggestion, years(fy), form, errors, current, notice).setLocale(page.locale());
    }

    /** The year chooser: two years back to four ahead of today's fiscal year, and the shown one. */
    private static List<Integer> years(int shown) {
        int now = currentYear();
        List<Integer> years = new ArrayList<>();
        for (int y = Math.min(shown, now - 2); y <= Math.max(shown, now + 4); y++) {
            years.add(y);
        }
        return years;
    }

    static int currentYear() {
        return FiscalYear.of(LocalDate.now(HearingService.CITY_TIME));
    }

    private static int year(String value) {
        return value == null || value.isBlank() ? currentYear() : PlanApi.year(value);
    }
}
