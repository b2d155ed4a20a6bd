package kiku.coverage;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kiku.hearing.HearingService;

/** Which departments (課) were heard, when, and which never were. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageService {

    public record Row(long departmentId, String name, int hearings, LocalDate lastHeldOn, Long daysSinceLast,
                      LocalDate nextPlannedOn, int issues, int openFollowUps) {}

    public record Coverage(int total, int heard, List<Row> departments) {}

    /** Never-heard departments first, then the longest unheard. */
    public Coverage coverage() {
        LocalDate today = LocalDate.now(HearingService.CITY_TIME);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select d.id, d.name,
                  (select count(*) from hearing h where h.department_id = d.id and h.status = 'DONE'),
                  (select max(h.held_on) from hearing h where h.department_id = d.id and h.status = 'DONE'),
                  (select min(h.held_on) from hearing h where h.department_id = d.id and h.status = 'PLANNED'
                      and h.held_on >= :today),
                  (select count(*) from issue_department x join issue i on i.id = x.issue_id
                      where x.department_id = d.id and i.status <> 'MERGED'),
                  (select count(*) from hearing h where h.department_id = d.id and h.follow_up is not null
                      and h.follow_up <> '' and h.follow_up_done = false)
                from department d where d.active = true and d.kind = 'DEPARTMENT'
                """).setParameter("today", today).getResultList();
        List<Row> departments = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            LocalDate last = date(r[3]);
            departments.add(new Row(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), last,
                    last == null ? null : ChronoUnit.DAYS.between(last, today), date(r[4]), ((Number) r[5]).intValue(),
                    ((Number) r[6]).intValue()));
        }
        departments.sort(Comparator.comparing((Row row) -> row.lastHeldOn() != null)
                .thenComparing(Row::lastHeldOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Row::name));
        int heard = (int) departments.stream().filter(row -> row.hearings() > 0).count();
        return new Coverage(departments.size(), heard, departments);
    }

    /** One hearing's date and state, for the departments × months grid. */
    public record Held(long departmentId, LocalDate heldOn, boolean done) {}

    /** A follow-up still to do, with the hearing it came from. */
    public record FollowUp(long hearingId, long departmentId, LocalDate heldOn, String text) {}

    /** Every hearing dated within [from, to], planned ones included. */
    public List<Held> hearings(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select h.department_id, h.held_on, h.status"
                + " from hearing h where h.held_on >= :from and h.held_on <= :to")
                .setParameter("from", from).setParameter("to", to).getResultList();
        return rows.stream().map(r -> new Held(((Number) r[0]).longValue(), date(r[1]), "DONE".equals(r[2]))).toList();
    }

    /** Follow-ups not marked done, oldest hearing first (the same rule as {@code openFollowUps}). */
    public List<FollowUp> openFollowUps() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select h.id, h.department_id, h.held_on,"
                + " h.follow_up from hearing h where h.follow_up is not null and h.follow_up <> ''"
                + " and h.follow_up_done = false order by h.held_on, h.id").getResultList();
        return rows.stream().map(r -> new FollowUp(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                date(r[2]), (String) r[3])).toList();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
