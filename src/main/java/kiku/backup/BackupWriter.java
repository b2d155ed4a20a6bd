package kiku.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import kiku.scoring.engine.Thresholds;
import org.hibernate.Session;
import static kiku.web.Text.blankToNull;

/**
 * Writes a checked backup with plain JDBC, keeping every id, then moves each identity column past
 * the highest id so that new rows never collide. Departments are written parents first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class BackupWriter {

    /** A row of issue_hearing. */
    private record Link(long issueId, long hearingId, String quote) {}

    @Inject
    ObjectMapper json;

    void write(BackupDocument doc) {
        Panache.getEntityManager().unwrap(Session.class).doWork(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from app_user");
            }
            batch(c, "insert into app_user (id, username, password, display_name, roles, version) values (?,?,?,?,?,?)",
                    doc.users(), (p, u) -> set(p, u.id(), u.username(), u.passwordHash(), u.displayName(),
                            String.join(",", u.roles()), u.version()));
            batch(c, "insert into department (id, name, kind, parent_id, code, active, version) values (?,?,?,?,?,?,?)",
                    DepartmentOrder.parentsFirst(doc.departments()), (p, d) -> set(p, d.id(), d.name(),
                            d.kind().name(), d.parentId(), d.code(), d.active(), d.version()));
            batch(c, "insert into hearing (id, department_id, held_on, status, interviewer, participants, notes,"
                    + " follow_up, follow_up_done, version) values (?,?,?,?,?,?,?,?,?,?)", doc.hearings(),
                    (p, h) -> set(p, h.id(), h.departmentId(), Date.valueOf(h.heldOn()), h.status().name(),
                            h.interviewer(), h.participants(), h.notes(), h.followUp(), h.followUpDone(), h.version()));
            batch(c, "insert into issue (id, title, description, background, category, proposal, status, annual_hours,"
                    + " fiscal_year, version, planned_half, estimated_cost_yen, effort_hours, cases_per_year, minutes_per_case)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", doc.issues(),
                    (p, i) -> set(p, i.id(), i.title(), i.description(), i.background(), i.category(), i.proposal(),
                            i.status().name(), i.annualHours(), i.fiscalYear(), i.version(),
                            i.plannedHalf() == null ? null : i.plannedHalf().name(), i.estimatedCostYen(),
                            i.effortHours(), i.casesPerYear(), i.minutesPerCase()));
            for (var i : doc.issues()) {
                if (i.mergedIntoId() != null) {
                    try (PreparedStatement p = c.prepareStatement("update issue set merged_into_id = ? where id = ?")) {
                        set(p, i.mergedIntoId(), i.id());
                        p.executeUpdate();
                    }
                }
            }
            batch(c, "insert into issue_department (issue_id, department_id) values (?,?)",
                    doc.issues().stream().flatMap(i -> i.departmentIds().stream().map(d -> new long[] {i.id(), d}))
                            .toList(), (p, pair) -> set(p, pair[0], pair[1]));
            batch(c, "insert into issue_hearing (issue_id, hearing_id, quote) values (?,?,?)",
                    doc.issues().stream().flatMap(i -> i.hearingIds().stream().map(h -> new Link(i.id(), h,
                            i.evidence().stream().filter(q -> h.equals(q.hearingId())).map(q -> blankToNull(q.quote()))
                                    .findFirst().orElse(null)))).toList(),
                    (p, link) -> set(p, link.issueId(), link.hearingId(), link.quote()));
            batch(c, "insert into criterion (id, name, description, weight, min_score, max_score, direction, active,"
                    + " position, version, source, thresholds) values (?,?,?,?,?,?,?,?,?,?,?,?)", doc.criteria(),
                    (p, k) -> set(p, k.id(), k.name(), k.description(), k.weight(), k.minScore(), k.maxScore(),
                            k.direction().name(), k.active(), k.position(), k.version(), k.source().name(),
                            k.source().derived() ? Thresholds.format(k.thresholds(), ",") : null));
            batch(c, "insert into score (id, issue_id, criterion_id, rater, score_value, comment, version)"
                    + " values (?,?,?,?,?,?,?)", doc.scores(), (p, s) -> set(p, s.id(), s.issueId(),
                            s.criterionId(), s.rater(), s.value(), s.comment(), s.version()));
            batch(c, "insert into snapshot (id, name, taken_at, content, version) values (?,?,?,?,?)",
                    doc.snapshots(), (p, s) -> set(p, s.id(), s.name(), s.takenAt(), text(s.content()), s.version()));
            // Capacities are settings like the accounts: the backup's replace whatever is there.
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from fiscal_year_capacity");
            }
            batch(c, "insert into fiscal_year_capacity (fiscal_year, budget_yen, staff_hours, version) values (?,?,?,?)",
                    doc.capacities(), (p, y) -> set(p, y.fiscalYear(), y.budgetYen(), y.staffHours(), y.version()));
            batch(c, "insert into rank_override (issue_id, placed_above_issue_id, placed_below_issue_id, reason,"
                    + " created_by, created_at, version) values (?,?,?,?,?,?,?)", doc.overrides(),
                    (p, o) -> set(p, o.issueId(), o.above(), o.below(), o.reason(), o.createdBy(), o.createdAt(),
                            o.version()));
            for (String table : List.of("app_user", "department", "hearing", "issue", "criterion", "score", "snapshot")) {
                restartIdentity(c, table);
            }
        });
    }

    private interface Binder<T> {
        void bind(PreparedStatement p, T row) throws SQLException;
    }

    private static <T> void batch(Connection c, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(p, row);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void set(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                p.setNull(i + 1, Types.NULL);
            } else if (v instanceof java.time.OffsetDateTime t) {
                p.setObject(i + 1, t);
            } else {
                p.setObject(i + 1, v);
            }
        }
    }

    private static void restartIdentity(Connection c, String table) throws SQLException {
        long next;
        try (Statement s = c.createStatement(); var rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement s = c.createStatement()) {
            s.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    private String text(com.fasterxml.jackson.databind.JsonNode content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
