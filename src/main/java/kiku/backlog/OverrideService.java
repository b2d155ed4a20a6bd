package kiku.backlog;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.audit.AuditTrail;
import kiku.backlog.engine.Overrides;
import kiku.issue.Issue;
import kiku.web.PlainText;
import kiku.web.Problem;
import kiku.web.Versions;

/**
 * Rank overrides (issue 5): set, replace and clear, each audited. Only an open ranked issue can be
 * placed, next to another open ranked issue, and never so that placements go round in a loop.
 * Templates reach it as {@code inject:overrides}.
 */
@Named("overrides")
@ApplicationScoped
@Transactional
public class OverrideService {

    public static final int REASON_MAX = 1000;

    /** The API's shape of an override; also the audited state. */
    public record View(long issueId, Long above, Long below, String reason, String createdBy,
                       OffsetDateTime createdAt, long version) {
        static View of(RankOverride o) {
            return new View(o.issueId, o.above, o.below, o.reason, o.createdBy, o.createdAt, o.version);
        }
    }

    @Inject
    AuditTrail audit;

    @Inject
    BacklogService backlog;

    @Inject
    SecurityIdentity identity;

    /** Places {@code issueId} directly above or below another issue; replacing one needs the version read. */
    public View set(long issueId, Long above, Long below, String reason, Long version) {
        Issue issue = Issue.findById(issueId);
        if (issue == null) {
            throw Problem.notFound("issue", issueId);
        }
        if ((above == null) == (below == null)) {
            throw Problem.invalid(above == null ? "above" : "below", "override.oneAnchor");
        }
        String field = above != null ? "above" : "below";
        long anchor = above != null ? above : below;
        if (anchor == issueId) {
            throw Problem.invalid(field, "override.self");
        }
        if (Issue.findById(anchor) == null) {
            throw Problem.unknownReference(field, "issue", anchor);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw Problem.invalid("reason", "error.required");
        }
        if (why.length() > REASON_MAX) {
            throw Problem.invalid("reason", "error.tooLong", REASON_MAX);
        }
        if (!PlainText.isClean(why)) { // the page's form reaches here without the API's JSON reader
            throw Problem.invalid("reason", PlainText.MESSAGE);
        }
        if (backlog.computedPosition(issueId) == null) {
            throw Problem.conflict("override.notRanked", issueId);
        }
        if (backlog.computedPosition(anchor) == null) {
            throw Problem.conflict("override.notRanked", anchor);
        }
        Map<Long, Overrides.Rule> rules = new HashMap<>();
        RankOverride.<RankOverride>listAll().forEach(o -> rules.put(o.issueId, o.rule()));
        rules.put(issueId, new Overrides.Rule(issueId, above, below));
        if (Overrides.loops(issueId, rules)) {
            throw Problem.conflict("override.loop");
        }
        RankOverride o = RankOverride.findById(issueId);
        View before = null;
        if (o != null) {
            Versions.check(o.version, version);
            before = View.of(o);
        } else {
            o = new RankOverride();
            o.issueId = issueId;
        }
        o.above = above;
        o.below = below;
        o.reason = why;
        o.createdBy = identity.getPrincipal().getName();
        o.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        o.persistAndFlush();
        View after = View.of(o);
        audit.record("rank_override", issueId, before == null ? AuditTrail.Action.CREATE : AuditTrail.Action.UPDATE,
                before, after);
        return after;
    }

    public void clear(long issueId) {
        RankOverride o = RankOverride.findById(issueId);
        if (o == null) {
            throw Problem.notFound("override", issueId);
        }
        View before = View.of(o);
        o.delete();
        audit.record("rank_override", issueId, AuditTrail.Action.DELETE, before, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public View get(long issueId) {
        RankOverride o = RankOverride.findById(issueId);
        if (o == null) {
            throw Problem.notFound("override", issueId);
        }
        return View.of(o);
    }

    /** The override of an issue, or null (for pages). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public View of(long issueId) {
        RankOverride o = RankOverride.findById(issueId);
        return o == null ? null : View.of(o);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<View> all() {
        return RankOverride.<RankOverride>list("order by issueId").stream().map(View::of).toList();
    }
}
