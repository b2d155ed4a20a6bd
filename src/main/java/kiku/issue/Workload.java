package kiku.issue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import kiku.KikuConfig;

/**
 * Staff time at stake: the open issues' annual hours, and their cost at the configured staff cost
 * per hour, per department and for the city. An issue shared by several departments counts in
 * each of them, and once in the city's total. Templates reach it as {@code inject:workload}.
 */
@Named("workload")
@ApplicationScoped
public class Workload {

    /** {@code departmentId} and {@code name} are null for the city's total. */
    public record Row(Long departmentId, String name, long issues, double hours, long yen) {}

    public record Totals(long costPerHour, Row city, List<Row> departments) {}

    private static final List<String> OPEN = IssueStatus.OPEN.stream().map(Enum::name).toList();

    @Inject
    KikuConfig config;

    public Long costPerHour() {
        return config.staffCostPerHour();
    }

    public Long yen(Double hours) {
        return hours == null ? null : Math.round(hours * config.staffCostPerHour());
    }

    /** Departments with the most hours first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Totals totals() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select d.id, d.name, count(i.id),"
                + " sum(i.annual_hours) from department d join issue_department x on x.department_id = d.id"
                + " join issue i on i.id = x.issue_id where i.status in (:open) and i.annual_hours is not null"
                + " group by d.id, d.name order by sum(i.annual_hours) desc, d.id").setParameter("open", OPEN)
                .getResultList();
        Object[] city = (Object[]) Panache.getEntityManager().createNativeQuery("select count(*),"
                + " coalesce(sum(annual_hours), 0) from issue where status in (:open) and annual_hours is not null")
                .setParameter("open", OPEN).getSingleResult();
        List<Row> departments = rows.stream().map(r -> row(((Number) r[0]).longValue(), (String) r[1], r[2], r[3]))
                .toList();
        return new Totals(config.staffCostPerHour(), row(null, null, city[0], city[1]), departments);
    }

    private Row row(Long departmentId, String name, Object issues, Object hours) {
        double h = ((Number) hours).doubleValue();
        return new Row(departmentId, name, ((Number) issues).longValue(), h, yen(h));
    }
}
