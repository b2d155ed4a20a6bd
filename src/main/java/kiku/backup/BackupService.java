package kiku.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kiku.account.User;
import kiku.backlog.RankOverride;
import kiku.backlog.Snapshot;
import kiku.department.Department;
import kiku.hearing.Hearing;
import kiku.issue.Issue;
import kiku.issue.IssueDto;
import kiku.plan.FiscalYearCapacity;
import kiku.scoring.Criterion;
import kiku.scoring.DerivedScores;
import kiku.scoring.RankingStore;
import kiku.scoring.Score;
import kiku.web.Problem;

/** Full JSON backup, and restore into an empty database. */
@ApplicationScoped
@Transactional
public class BackupService {

    @Inject
    ObjectMapper json;

    @Inject
    RankingStore ranking;

    @Inject
    BackupWriter writer;

    @Inject
    DerivedScores derived;

    @Transactional(Transactional.TxType.SUPPORTS)
    public BackupDocument export() {
        return new BackupDocument(BackupDocument.FORMAT, BackupDocument.VERSION,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                User.<User>list("order by id").stream().map(u -> new BackupDocument.UserRow(u.id, u.username,
                        u.password, u.displayName, u.roleList(), u.version)).toList(),
                Department.<Department>list("order by id").stream().map(d -> new BackupDocument.DepartmentRow(d.id,
                        d.name, d.kind, d.parentId, d.code, d.active, d.version)).toList(),
                Hearing.<Hearing>list("order by id").stream().map(h -> new BackupDocument.HearingRow(h.id,
                        h.departmentId, h.heldOn, h.status, h.interviewer, h.participants, h.notes, h.followUp,
                        h.followUpDone, h.version)).toList(),
                Issue.<Issue>list("order by id").stream().map(i -> new BackupDocument.IssueRow(i.id, i.title,
                        i.description, i.background, i.category, i.proposal, i.status, List.copyOf(i.departmentIds),
                        List.copyOf(i.hearingIds), i.annualHours, i.fiscalYear, i.mergedIntoId, i.version,
                        i.plannedHalf, i.estimatedCostYen, i.effortHours, i.casesPerYear, i.minutesPerCase,
                        IssueDto.evidence(i))).toList(),
                Criterion.<Criterion>list("order by id").stream().map(c -> new BackupDocument.CriterionRow(c.id,
                        c.name, c.description, c.weight, c.minScore, c.maxScore, c.direction, c.active, c.position,
                        c.version, c.source, c.thresholdList())).toList(),
                Score.<Score>list("order by id").stream().map(s -> new BackupDocument.ScoreRow(s.id, s.issueId,
                        s.criterionId, s.rater, s.value, s.comment, s.version)).toList(),
                Snapshot.<Snapshot>list("order by id").stream().map(s -> new BackupDocument.SnapshotRow(s.id, s.name,
                        s.takenAt, content(s), s.version)).toList(),
                FiscalYearCapacity.<FiscalYearCapacity>list("order by fiscalYear").stream()
                        .map(c -> new BackupDocument.CapacityRow(c.fiscalYear, c.budgetYen, c.staffHours, c.version))
                        .toList(),
                RankOverride.<RankOverride>list("order by issueId").stream().map(o -> new BackupDocument.OverrideRow(
                        o.issueId, o.above, o.below, o.reason, o.createdBy, o.createdAt, o.version)).toList());
    }

    /** Checks the whole document first (400), then that the database is empty (409), then writes it. */
    public void restore(BackupDocument doc) {
        BackupCheck.check(doc);
        if (Department.count() + Hearing.count() + Issue.count() + Criterion.count() + Snapshot.count() > 0) {
            throw Problem.conflict("backup.notEmpty");
        }
        EntityManager em = Panache.getEntityManager();
        em.flush();
        em.clear();
        ranking.lock();
        writer.write(doc);
        derived.recomputeAll(); // the backup holds the inputs; the computed values follow from them
        ranking.recomputeAll();
    }

    private com.fasterxml.jackson.databind.JsonNode content(Snapshot s) {
        try {
            return json.readTree(s.content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot " + s.id + " is unreadable", e);
        }
    }
}
