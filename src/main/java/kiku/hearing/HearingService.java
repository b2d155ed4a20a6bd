package kiku.hearing;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.audit.AuditTrail;
import kiku.department.Department;
import kiku.scoring.DerivedScores;
import kiku.web.Paging;
import kiku.web.Problem;
import static kiku.web.Text.blankToNull;
import kiku.web.Versions;

/** Hearings of departments; the round number is derived from the order of a department's hearings. */
@ApplicationScoped
@Transactional
public class HearingService {

    @Inject
    AuditTrail audit;

    @Inject
    DerivedScores derived;

    public static final ZoneId CITY_TIME = ZoneId.of("Asia/Tokyo");

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging.Result<HearingDto> list(Long departmentId, LocalDate from, LocalDate to, Paging paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (departmentId != null) {
            // An unknown filter value is a 400, as for issues and the backlog (API.md, "Lists").
            if (Department.findById(departmentId) == null) {
                throw Problem.unknownReference("department", "department", departmentId);
            }
            where.append(" and departmentId = :department");
            params.and("department", departmentId);
        }
        if (from != null) {
            where.append(" and heldOn >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and heldOn <= :to");
            params.and("to", to);
        }
        var query = Hearing.<Hearing>find(where + " order by heldOn desc, id desc", params);
        return paging.of(views(query.page(paging.page(), paging.size()).list()), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Hearing get(long id) {
        Hearing hearing = Hearing.findById(id);
        if (hearing == null) {
            throw Problem.notFound("hearing", id);
        }
        return hearing;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HearingDto view(long id) {
        return views(List.of(get(id))).get(0);
    }

    public HearingDto create(HearingDto input) {
        derived.lock(); // also keeps its department from being deleted meanwhile (DepartmentService)
        Hearing hearing = new Hearing();
        apply(hearing, input);
        hearing.persist();
        Panache.getEntityManager().flush();
        HearingDto created = views(List.of(hearing)).get(0);
        audit.record("hearing", hearing.id, AuditTrail.Action.CREATE, null, created);
        return created;
    }

    public HearingDto update(long id, HearingDto input) {
        derived.lock();
        Hearing hearing = get(id);
        Versions.check(hearing.version, input.version());
        HearingDto before = views(List.of(hearing)).get(0);
        apply(hearing, input);
        Panache.getEntityManager().flush();
        if (!before.departmentId().equals(hearing.departmentId)) {
            // the departments behind its issues changed (kiku.issue.Backing), and with them derived values
            derived.issuesChanged(issueIds(List.of(id)).getOrDefault(id, List.of()));
        }
        HearingDto after = views(List.of(hearing)).get(0);
        audit.record("hearing", id, AuditTrail.Action.UPDATE, before, after);
        return after;
    }

    public void delete(long id) {
        derived.lock(); // an issue linking it meanwhile holds the same lock
        Hearing hearing = get(id);
        if (!issueIds(List.of(id)).isEmpty()) {
            throw Problem.conflict("hearing.inUse");
        }
        audit.record("hearing", id, AuditTrail.Action.DELETE, views(List.of(hearing)).get(0), null);
        hearing.delete();
    }

    private void apply(Hearing hearing, HearingDto input) {
        if (Department.findById(input.departmentId()) == null) {
            throw Problem.unknownReference("departmentId", "department", input.departmentId());
        }
        hearing.departmentId = input.departmentId();
        hearing.heldOn = input.heldOn();
        hearing.status = input.status() != null ? input.status()
                : input.heldOn().isAfter(LocalDate.now(CITY_TIME)) ? HearingStatus.PLANNED : HearingStatus.DONE;
        hearing.interviewer = blankToNull(input.interviewer());
        hearing.participants = blankToNull(input.participants());
        hearing.notes = input.notes();
        hearing.followUp = blankToNull(input.followUp());
        hearing.followUpDone = Boolean.TRUE.equals(input.followUpDone());
    }

    /** DTOs with rounds and linked issues, in two queries for the whole list. */
    List<HearingDto> views(List<Hearing> hearings) {
        if (hearings.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> rounds = rounds(hearings.stream().map(h -> h.departmentId).distinct().toList());
        Map<Long, List<Long>> issues = issueIds(hearings.stream().map(h -> h.id).toList());
        List<HearingDto> views = new ArrayList<>(hearings.size());
        for (Hearing h : hearings) {
            views.add(HearingDto.of(h, rounds.getOrDefault(h.id, 1), issues.getOrDefault(h.id, List.of())));
        }
        return views;
    }

    /** Round = position among the department's hearings by date, equal dates by id (PLANNED included). */
    public static Map<Long, Integer> rounds(Collection<Long> departmentIds) {
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                "select h.id, h.departmentId from Hearing h where h.departmentId in :ids order by h.departmentId, h.heldOn, h.id",
                Object[].class).setParameter("ids", departmentIds).getResultList();
        Map<Long, Integer> rounds = new HashMap<>();
        Long department = null;
        int round = 0;
        for (Object[] row : rows) {
            round = row[1].equals(department) ? round + 1 : 1;
            department = (Long) row[1];
            rounds.put((Long) row[0], round);
        }
        return rounds;
    }

    private static Map<Long, List<Long>> issueIds(Collection<Long> hearingIds) {
        EntityManager em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select hearing_id, issue_id from issue_hearing where hearing_id in (:ids) order by issue_id")
                .setParameter("ids", hearingIds).getResultList();
        Map<Long, List<Long>> byHearing = new HashMap<>();
        for (Object[] row : rows) {
            byHearing.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        return byHearing;
    }
}
