package kiku.issue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kiku.issue.engine.Similarity;

/** Open issues that read like a given one (or like a title being typed), most similar first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SimilarIssues {

    public record Match(long issueId, String title, double similarity) {}

    public List<Match> like(Issue issue, int limit) {
        return like(Similarity.profile(issue.title, issue.description, issue.proposal), issue.id, limit);
    }

    public List<Match> likeText(String title, String description, int limit) {
        return like(Similarity.profile(title, description), null, limit);
    }

    private List<Match> like(Similarity.Profile profile, Long excluded, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> open = Panache.getEntityManager().createNativeQuery(
                "select i.id, i.title, i.description, i.proposal from issue i where i.status in (:open)")
                .setParameter("open", IssueStatus.OPEN.stream().map(Enum::name).toList()).getResultList();
        List<Match> matches = new ArrayList<>();
        for (Object[] row : open) {
            long id = ((Number) row[0]).longValue();
            if (excluded != null && excluded == id) {
                continue;
            }
            double similarity = Similarity.cosine(profile,
                    Similarity.profile((String) row[1], (String) row[2], (String) row[3]));
            if (similarity > 0) {
                matches.add(new Match(id, (String) row[1], similarity));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparingLong(Match::issueId));
        return matches.subList(0, Math.min(limit, matches.size()));
    }
}
