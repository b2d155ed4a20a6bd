package kiku.scoring;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import kiku.scoring.engine.ScoreSummary;
import org.hibernate.Session;

/**
 * What a score summary is built from: raters' scores and derived criteria's computed values
 * ({@code derived_score}, no rater), per issue.
 */
final class SummarySource {

    private static final String SCORES = "select issue_id, criterion_id, rater, score_value from score";
    private static final String COMPUTED = "select issue_id, criterion_id, cast(null as varchar(64)), score_value"
            + " from derived_score";

    private SummarySource() {
    }

    /** The values of a few issues. */
    static Map<Long, List<ScoreSummary.Entry>> of(Collection<Long> issueIds) {
        Map<Long, List<ScoreSummary.Entry>> byIssue = new HashMap<>();
        for (String sql : List.of(SCORES, COMPUTED)) {
            Query query = Panache.getEntityManager().createNativeQuery(sql + " where issue_id in (:ids)")
                    .setParameter("ids", issueIds);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            rows.forEach(r -> byIssue.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new ScoreSummary.Entry(((Number) r[1]).longValue(), (String) r[2], ((Number) r[3]).intValue())));
        }
        return byIssue;
    }

    /**
     * Every issue with at least one value, one at a time. The scores are streamed in issue order
     * (2.4 million rows at national scale would not fit the heap as a list); the computed values,
     * at most one per issue and derived criterion, are read first.
     */
    static void forEachIssue(BiConsumer<Long, List<ScoreSummary.Entry>> action) {
        Map<Long, List<ScoreSummary.Entry>> computed = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(COMPUTED).getResultList();
        rows.forEach(r -> computed.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                .add(new ScoreSummary.Entry(((Number) r[1]).longValue(), null, ((Number) r[3]).intValue())));
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement(SCORES + " order by issue_id")) {
                read.setFetchSize(1000);
                try (ResultSet rs = read.executeQuery()) {
                    long current = -1;
                    List<ScoreSummary.Entry> entries = new ArrayList<>();
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (id != current && current != -1) {
                            entries.addAll(computed.getOrDefault(current, List.of()));
                            computed.remove(current);
                            action.accept(current, entries);
                            entries = new ArrayList<>();
                        }
                        current = id;
                        entries.add(new ScoreSummary.Entry(rs.getLong(2), rs.getString(3), rs.getInt(4)));
                    }
                    if (current != -1) {
                        entries.addAll(computed.getOrDefault(current, List.of()));
                        computed.remove(current);
                        action.accept(current, entries);
                    }
                }
            }
        });
        computed.forEach(action);
    }
}
