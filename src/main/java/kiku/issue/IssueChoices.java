package kiku.issue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kiku.department.Department;
import kiku.department.DepartmentNames;
import kiku.department.DepartmentTree;
import kiku.hearing.Hearing;
import kiku.hearing.HearingDto;
import kiku.hearing.HearingService;
import kiku.web.FormErrors;
import kiku.web.Paging;

/** What the issue form offers: departments, their hearings, and the categories and proposals in use. */
@ApplicationScoped
public class IssueChoices {

    /** The hearings of one department, newest first, each with its round. */
    public record HearingGroup(Department department, List<HearingDto> hearings) {}

    /** The quote field of a linked hearing: what was typed or stored, and its error if refused. */
    public record QuoteRow(Hearing hearing, String department, String quote, String error) {}

    /** An open issue whose text reads like the title being typed. */
    public record SimilarRow(long issueId, String title, int percent) {}

    /** Below this, two titles share little more than common words. */
    static final double SHOWN_SIMILARITY = 0.25;

    @Inject
    HearingService hearings;

    @Inject
    SimilarIssues similarIssues;

    @Inject
    DepartmentNames departmentNames;

    /** Up to five open issues like the title, so the officer can open one instead of adding a duplicate. */
    public List<SimilarRow> similar(String title) {
        if (title == null || title.strip().length() < 2) {
            return List.of();
        }
        return similarIssues.likeText(title.strip(), null, 5).stream().filter(m -> m.similarity() >= SHOWN_SIMILARITY)
                .map(m -> new SimilarRow(m.issueId(), m.title(), (int) Math.round(m.similarity() * 100))).toList();
    }

    /** Active departments in tree order, and any inactive one the issue already names. */
    public List<DepartmentTree.Node> departments(IssueForm form) {
        return DepartmentTree.ordered(Department.listOrdered()).stream()
                .filter(n -> n.department().active || form.checked("departmentIds", n.department().id)).toList();
    }

    /**
     * The hearings of the chosen departments, plus the departments of hearings already chosen, so
     * that unticking a department never silently drops evidence.
     */
    public List<HearingGroup> hearings(List<String> departmentIds, List<String> hearingIds) {
        Set<Long> departments = new LinkedHashSet<>(numbers(departmentIds));
        List<Long> chosen = numbers(hearingIds);
        if (!chosen.isEmpty()) {
            Hearing.<Hearing>list("id in ?1", chosen).forEach(h -> departments.add(h.departmentId));
        }
        List<HearingGroup> groups = new ArrayList<>();
        for (Long id : departments) {
            Department department = Department.findById(id);
            if (department != null) {
                groups.add(new HearingGroup(department,
                        hearings.list(id, null, null, new Paging(0, Paging.MAX_SIZE)).items()));
            }
        }
        return groups;
    }

    /** A quote field for each hearing the form links, in the order the issue page lists them. */
    public List<QuoteRow> quotes(IssueForm form, FormErrors errors) {
        List<Long> linked = numbers(form.hearingIds);
        List<Hearing> found = linked.isEmpty() ? List.of() : Hearing.list("id in ?1 order by heldOn, id", linked);
        return found.stream().map(h -> new QuoteRow(h, departmentNames.name(h.departmentId), form.quote(h.id), errors.get(IssueForm.field(h.id)))).toList();
    }

    public List<String> categories() {
        return distinct("category");
    }

    public List<String> proposals() {
        return distinct("proposal");
    }

    private static List<String> distinct(String field) {
        return Panache.getEntityManager().createQuery("select distinct i." + field + " from Issue i where i." + field
                + " is not null order by 1", String.class).getResultList();
    }

    /** Ids as typed; anything that is not a positive number is left out (the form reports it). */
    private static List<Long> numbers(List<String> values) {
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                try {
                    long id = Long.parseLong(value.strip());
                    if (id > 0 && !ids.contains(id)) {
                        ids.add(id);
                    }
                } catch (NumberFormatException | NullPointerException e) {
                    // not an id: skipped here
                }
            }
        }
        return ids;
    }
}
