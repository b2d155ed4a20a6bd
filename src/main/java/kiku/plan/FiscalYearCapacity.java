package kiku.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What the city can spend on its issues in one fiscal year: money (yen) and staff hours. */
@Entity
@Table(name = "fiscal_year_capacity")
public class FiscalYearCapacity extends PanacheEntityBase {

    /** The fiscal year itself is the key: a year has one capacity. */
    @Id
    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    @Column(name = "budget_yen")
    public long budgetYen;

    @Column(name = "staff_hours")
    public double staffHours;

    @Version
    public long version;
}
