package kiku.backlog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.backlog.engine.Matrix;
import kiku.backlog.engine.Overrides;
import kiku.issue.IssueStatus;
import kiku.scoring.LiveRanking;
import kiku.scoring.RankingStore;
import kiku.scoring.engine.CellStats;
import kiku.scoring.engine.CellTable;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Direction;
import kiku.scoring.engine.Ranking;

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
    LiveRanking live;

    @Inject
    OverriddenOrder order;

    public View matrix() {
        LiveRanking.Current current = live.current();
        List<CriterionSpec> specs = current.specs();
        List<BacklogView.CriterionShare> shares = BacklogService.shares(Ranking.rankingCriteria(specs), current.names());
        List<BacklogView.CriterionShare> benefit = shares.stream().filter(c -> c.direction() == Direction.BENEFIT).toList();
        List<BacklogView.CriterionShare> cost = shares.stream().filter(c -> c.direction() == Direction.COST).toList();
        if (!Ranking.rankable(specs)) {
            return new View(false, benefit, cost, List.of());
        }
        List<Overrides.Placed> placed = order.all(current.standings());
        CellTable cells = ranking.openCells(specs);
        Map<Long, Object[]> info = info();
        // An issue closed since the standings were read is left out, not a 500.
        List<Point> points = placed.stream().filter(p -> info.containsKey(p.issueId())).map(p -> {
            Map<Long, CellStats> c = cells.cells(p.issueId());
            Double value = Matrix.value(c, specs);
            Double effort = Matrix.effort(c, specs);
            Object[] row = info.get(p.issueId());
            return new Point(p.issueId(), (String) row[1], IssueStatus.valueOf((String) row[2]), p.rank(), value,
                    effort, row[3] == null ? null : ((Number) row[3]).doubleValue(),
                    value == null || effort == null ? null : Matrix.quadrant(value, effort));
        }).toList();
        return new View(true, benefit, cost, points);
    }

    /** Title, status and hours of every open issue, in one query (the points are the ranked ones). */
    private static Map<Long, Object[]> info() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select i.id, i.title, i.status,"
                + " i.annual_hours from issue i where i.status in (:open)")
                .setParameter("open", BacklogRows.OPEN).getResultList();
        Map<Long, Object[]> info = new HashMap<>();
        rows.forEach(r -> info.put(((Number) r[0]).longValue(), r));
        return info;
    }
}
