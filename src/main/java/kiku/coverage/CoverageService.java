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

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
