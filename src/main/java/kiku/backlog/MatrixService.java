package kiku.backlog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kiku.backlog.engine.Matrix;
import kiku.issue.IssueFilter;
import kiku.issue.IssueStatus;
import kiku.scoring.RankingStore;
import kiku.scoring.engine.CellStats;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Direction;
import kiku.scoring.engine.Ranking;
import kiku.web.Paging;

/** The points of the value–effort matrix: every ranked open issue with its two composites and its hours. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MatrixService {

    /** value and effort 0..1 (null when the axis has no criteria); quadrant null unless both are known. */
    public record Point(long issueId, String title, IssueStatus status, int rank, Double value, Double effort,
                        Double annualHours, Matrix.Quadrant quadrant) {}

    /** {@code valueCriteria} and {@code effortCriteria}: the BENEFIT and COST ranking criteria behind the axes. */
    public record View(boolean rankable, List<BacklogView.CriterionShare> valueCriteria,
                       List<BacklogView.CriterionShare> effortCriteria, List<Point> points) {

        public String valueNames() {
            return String.join(", ", valueCriteria.stream().map(BacklogView.CriterionShare::name).toList());
        }

        public String effortNames() {
            return String.join(", ", effortCriteria.stream().map(BacklogView.CriterionShare::name).toList());
        }
    }

    @Inject
    RankingStore ranking;

    @Inject
    BacklogService backlog;

    public View matrix() {
        List<CriterionSpec> specs = ranking.specs();
        BacklogView view = backlog.backlog(IssueFilter.NONE, new Paging(0, Integer.MAX_VALUE), Locale.ROOT);
        List<BacklogView.CriterionShare> benefit = view.criteria().stream()
                .filter(c -> c.direction() == Direction.BENEFIT).toList();
        List<BacklogView.CriterionShare> cost = view.criteria().stream()
                .filter(c -> c.direction() == Direction.COST).toList();
        if (!view.rankable()) {
            return new View(false, benefit, cost, List.of());
        }
        List<BacklogView.Item> items = view.rankedItems();
        Map<Long, Map<Long, CellStats>> cells = ranking.cells(items.stream().map(BacklogView.Item::issueId).toList());
        Map<Long, Double> hours = hours(items.stream().map(BacklogView.Item::issueId).toList());
        List<Point> points = items.stream().map(i -> {
            Map<Long, CellStats> c = cells.getOrDefault(i.issueId(), Map.of());
            Double value = Matrix.value(c, specs);
            Double effort = Matrix.effort(c, specs);
            return new Point(i.issueId(), i.title(), i.status(), i.rank(), value, effort, hours.get(i.issueId()),
                    value == null || effort == null ? null : Matrix.quadrant(value, effort));
        }).toList();
        return new View(Ranking.rankable(specs), benefit, cost, points);
    }

    private static Map<Long, Double> hours(List<Long> ids) {
        Map<Long, Double> hours = new HashMap<>();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Panache.getEntityManager()
                    .createNativeQuery("select id, annual_hours from issue where annual_hours is not null and id in (:ids)")
                    .setParameter("ids", ids).getResultList();
            rows.forEach(r -> hours.put(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue()));
        }
        return hours;
    }
}
