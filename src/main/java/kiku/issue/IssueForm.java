package kiku.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kiku.plan.engine.FiscalYear;
import kiku.web.FormInput;
import kiku.web.PlainText;
import kiku.web.Texts;
import org.jboss.resteasy.reactive.RestForm;
import static kiku.web.Text.unixLines;

/** The issue form's fields as typed (checkbox lists as sent), so that a refused form comes back as it was. */
public class IssueForm {

    @RestForm
    public String title;

    @RestForm
    public String description;

    @RestForm
    public String background;

    @RestForm
    public String category;

    @RestForm
    public String proposal;

    @RestForm
    public String status;

    @RestForm
    public List<String> departmentIds = new ArrayList<>();

    @RestForm
    public List<String> hearingIds = new ArrayList<>();

    /** The quote fields, pairwise: a hidden hearing id, then its textarea (every linked hearing has one). */
    @RestForm
    public List<String> quoteHearingIds = new ArrayList<>();

    @RestForm
    public List<String> quotes = new ArrayList<>();

    @RestForm
    public String annualHours;

    @RestForm
    public String casesPerYear;

    @RestForm
    public String minutesPerCase;

    @RestForm
    public String fiscalYear;

    @RestForm
    public String plannedHalf;

    @RestForm
    public String estimatedCostYen;

    @RestForm
    public String effortHours;

    @RestForm
    public String version;

    /** "refresh" when the no-script button asks for the chosen departments' hearings without saving. */
    @RestForm
    public String action;

    public static IssueForm blank(String department, String hearing) {
        IssueForm form = new IssueForm();
        form.status = IssueStatus.NEW.name();
        if (department != null && !department.isBlank()) {
            form.departmentIds.add(department.strip());
        }
        if (hearing != null && !hearing.isBlank()) {
            form.hearingIds.add(hearing.strip());
        }
        return form;
    }

    public static IssueForm of(Issue i) {
        IssueForm form = new IssueForm();
        form.title = i.title;
        form.description = i.description;
        form.background = i.background;
        form.category = i.category;
        form.proposal = i.proposal;
        form.status = i.status.name();
        i.departmentIds.forEach(id -> form.departmentIds.add(String.valueOf(id)));
        i.hearingIds.forEach(id -> form.hearingIds.add(String.valueOf(id)));
        i.quotes.forEach((id, quote) -> {
            form.quoteHearingIds.add(String.valueOf(id));
            form.quotes.add(quote);
        });
        form.annualHours = i.annualHours == null ? null : String.valueOf(i.annualHours);
        form.casesPerYear = i.casesPerYear == null ? null : String.valueOf(i.casesPerYear);
        form.minutesPerCase = i.minutesPerCase == null ? null : String.valueOf(i.minutesPerCase);
        form.fiscalYear = i.fiscalYear == null ? null : String.valueOf(i.fiscalYear);
        form.plannedHalf = i.plannedHalf == null ? null : i.plannedHalf.name();
        form.estimatedCostYen = i.estimatedCostYen == null ? null : String.valueOf(i.estimatedCostYen);
        form.effortHours = i.effortHours == null ? null : String.valueOf(i.effortHours);
        form.version = String.valueOf(i.version);
        return form;
    }

    public boolean checked(String list, Long id) {
        return ("hearingIds".equals(list) ? hearingIds : departmentIds).contains(String.valueOf(id));
    }

    /** The quote typed or stored for a hearing, or "". Browsers send a textarea's line breaks as CRLF. */
    public String quote(Long hearingId) {
        int at = quoteHearingIds.indexOf(String.valueOf(hearingId));
        return at < 0 || at >= quotes.size() || quotes.get(at) == null ? "" : unixLines(quotes.get(at));
    }

    public boolean refresh() {
        return "refresh".equals(action);
    }

    IssueDto toDto(FormInput in, Locale locale) {
        List<Long> departments = in.ids("departmentIds", departmentIds);
        if (departments.isEmpty() && !in.errors().has("departmentIds")) {
            in.errors().add("departmentIds", Texts.format(locale, "issue.departmentsRequired"));
        }
        List<Long> hearings = in.ids("hearingIds", hearingIds);
        return new IssueDto(null, title, unixLines(description), unixLines(background), category, unixLines(proposal),
                in.choice("status", status, IssueStatus.class), departments, hearings,
                in.decimal("annualHours", annualHours), in.integer("fiscalYear", fiscalYear), null, in.version(version),
                in.choice("plannedHalf", plannedHalf, FiscalYear.Half.class),
                in.wholeNumber("estimatedCostYen", estimatedCostYen), in.decimal("effortHours", effortHours),
                in.integer("casesPerYear", casesPerYear), in.decimal("minutesPerCase", minutesPerCase),
                evidence(in, hearings, locale));
    }

    /**
     * The quotes of the ticked hearings; a hearing unticked in this form loses its quote with its link. A post
     * without quote fields (no linked hearing when the form was shown) leaves the stored quotes alone.
     */
    private List<EvidenceQuote> evidence(FormInput in, List<Long> hearings, Locale locale) {
        if (quoteHearingIds.isEmpty()) {
            return null;
        }
        // the form sends back the hearing ids it showed quote fields for; anything else is refused, not
        // read as "no quote" (which deleted the stored one)
        in.ids("quoteHearingIds", quoteHearingIds);
        List<EvidenceQuote> evidence = new ArrayList<>();
        for (Long id : hearings) {
            if (!quoteHearingIds.contains(String.valueOf(id))) {
                continue;
            }
            String quote = quote(id);
            if (quote.length() > EvidenceQuote.MAX_LENGTH) {
                in.errors().add(field(id), Texts.format(locale, "error.tooLong", EvidenceQuote.MAX_LENGTH));
            } else if (!PlainText.isClean(quote)) {
                in.errors().add(field(id), Texts.format(locale, PlainText.MESSAGE));
            }
            evidence.add(new EvidenceQuote(id, quote));
        }
        return evidence;
    }

    /** The error key of a hearing's quote field. */
    static String field(Long hearingId) {
        return "quote-" + hearingId;
    }
}
