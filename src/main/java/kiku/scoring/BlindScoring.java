package kiku.scoring;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kiku.account.Role;

/**
 * Blind scoring: a rater does not see other raters' scores of an issue (nor their mean) until
 * they have scored that issue on every active scored criterion, because seeing them first anchors the
 * judgement. Only people holding the rater role are blinded: viewers, managers and admins who
 * are not raters score nothing, so they see everything. Templates reach it as {@code inject:blind}.
 */
@Named("blind")
@RequestScoped
public class BlindScoring {

    @Inject
    SecurityIdentity identity;

    @Inject
    ScoringSheetService sheet;

    /** The signed-in person holds the rater role itself (admin alone does not count). */
    public boolean isRater() {
        return !identity.isAnonymous() && identity.hasRole(Role.RATER);
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    /** Issues the signed-in rater has scored completely, read once per request (a page asks per row). */
    private Set<Long> completed;

    /** Others' scores of this issue are hidden from the signed-in person. */
    public boolean hidesOthers(long issueId) {
        if (!isRater()) {
            return false;
        }
        if (completed == null) {
            completed = new HashSet<>(sheet.completedIssueIds(username()));
        }
        return !completed.contains(issueId);
    }

    /** The scores the signed-in person may see: only their own while others' are hidden. */
    public ScoreService.IssueScores visible(long issueId, ScoreService.IssueScores all) {
        if (!hidesOthers(issueId)) {
            return all;
        }
        List<ScoreService.RaterScores> own = all.raters().stream().filter(r -> r.username().equals(username())).toList();
        // computed values are nobody's judgement: they stay visible
        Set<Long> derived = Criterion.<Criterion>list("source <> ?1", CriterionSource.SCORED).stream().map(c -> c.id)
                .collect(java.util.stream.Collectors.toSet());
        return new ScoreService.IssueScores(own,
                all.aggregate().stream().filter(a -> derived.contains(a.criterionId())).toList());
    }
}
