package kiku.report;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import kiku.backlog.BacklogService;
import kiku.backlog.BacklogView;
import kiku.coverage.CoverageService;
import kiku.issue.IssueFilter;
import kiku.issue.IssueStatus;
import kiku.scoring.RankingStore;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Ranking;
import kiku.web.Paging;

/** The city-wide report for the mayor: the numbers, the top issues explained, then each department. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    public record Count(String label, long count) {}

    public record StatusCount(IssueStatus status, long count) {}

    public record Summary(int heard, int departments, long hearings, long openIssues, double hoursAtStake,
                          List<Count> categories, List<StatusCount> statuses) {}

    /** A quoted line of a hearing's notes, with where it comes from. */
    public record Quote(String text, long hearingId, LocalDate heldOn, long departmentId) {}

    /** One criterion's bar in an explained issue. */
    public record Bar(String criterion, Contributions.Part part) {}

    public record Top(BacklogView.Item item, List<Bar> bars, Quote evidence) {}

    public record Report(Summary summary, BacklogView backlog, List<Top> top, List<ReportSections.Section> departments) {}

    @Inject
    CoverageService coverage;

    @Inject
    BacklogService backlog;

    @Inject
    RankingStore ranking;

    @Inject
    ReportSections sections;

    public Report report(int topN, Locale locale) {
        BacklogView top = backlog.backlog(IssueFilter.NONE, new Paging(0, topN), locale);
        List<CriterionSpec> specs = Ranking.rankingCriteria(ranking.specs());
        List<BacklogView.Item> items = top.rankedItems();
        Map<Long, Quote> quotes = evidence(items.stream().map(BacklogView.Item::issueId).toList());
        Map<Long, String> names = new HashMap<>();
        top.criteria().forEach(c -> names.put(c.id(), c.name()));
        List<Top> explained = items.stream().map(i -> new Top(i, Contributions.of(specs, i.means()).stream()
                .map(p -> new Bar(names.get(p.criterionId()), p)).toList(), quotes.get(i.issueId()))).toList();
        return new Report(summary(), top, explained, sections.sections());
    }

    private Summary summary() {
        CoverageService.Coverage city = coverage.coverage();
        EntityManager em = em();
        long hearings = ((Number) em.createNativeQuery("select count(*) from hearing where status = 'DONE'")
                .getSingleResult()).longValue();
        long open = ((Number) em.createNativeQuery("select count(*) from issue where status in (:open)")
                .setParameter("open", open()).getSingleResult()).longValue();
        Number hours = (Number) em.createNativeQuery("select sum(annual_hours) from issue where status in (:open)")
                .setParameter("open", open()).getSingleResult();
        List<Count> categories = rows("select coalesce(category, ''), count(*) from issue where status <> 'MERGED'"
                + " group by coalesce(category, '') order by count(*) desc, 1").stream()
                .map(r -> new Count((String) r[0], ((Number) r[1]).longValue())).toList();
        Map<String, Long> byStatus = new HashMap<>();
        rows("select status, count(*) from issue group by status")
                .forEach(r -> byStatus.put((String) r[0], ((Number) r[1]).longValue()));
        List<StatusCount> statuses = java.util.Arrays.stream(IssueStatus.values())
                .filter(s -> s != IssueStatus.MERGED)
                .map(s -> new StatusCount(s, byStatus.getOrDefault(s.name(), 0L))).toList();
        return new Summary(city.heard(), city.total(), hearings, open, hours == null ? 0 : hours.doubleValue(),
                categories, statuses);
    }

    /**
     * Per issue, the quote an officer stored on a link (the first by hearing id), else the first line of text of
     * its earliest linked hearing that has notes.
     */
    private Map<Long, Quote> evidence(List<Long> issueIds) {
        Map<Long, Quote> quotes = new LinkedHashMap<>();
        if (!issueIds.isEmpty()) {
            String from = " from issue_hearing ih join hearing h on h.id = ih.hearing_id where ih.issue_id in (:ids)";
            collect(quotes, "select ih.issue_id, h.id, h.held_on, h.department_id, ih.quote" + from
                    + " and ih.quote is not null order by h.id", issueIds, UnaryOperator.identity());
            collect(quotes, "select ih.issue_id, h.id, h.held_on, h.department_id, h.notes" + from
                    + " and h.notes is not null order by h.held_on, h.id", issueIds, Evidence::firstLine);
        }
        return quotes;
    }

    /** The first row's text per issue that has no quote yet; rows: issue, hearing, held on, department, text. */
    private static void collect(Map<Long, Quote> quotes, String sql, List<Long> issueIds, UnaryOperator<String> line) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em().createNativeQuery(sql).setParameter("ids", issueIds).getResultList();
        for (Object[] r : found) {
            long issue = ((Number) r[0]).longValue();
            String text = quotes.containsKey(issue) ? null : line.apply((String) r[4]);
            if (text != null) {
                quotes.put(issue, new Quote(text, ((Number) r[1]).longValue(), date(r[2]), ((Number) r[3]).longValue()));
            }
        }
    }

    static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    static List<String> open() {
        return IssueStatus.OPEN.stream().map(Enum::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql) {
        return em().createNativeQuery(sql).getResultList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
