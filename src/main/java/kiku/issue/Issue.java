package kiku.issue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kiku.plan.engine.FiscalYear;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.SQLRestriction;

/**
 * A problem found in hearings. Its scores and ranking are not mapped here (issue_summary and
 * kiku.scoring.LiveRanking), so that saving a score never bumps the version an officer's edit was
 * based on.
 */
@Entity
public class Issue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;

    public String description;

    public String background;

    public String category;

    public String proposal;

    @Enumerated(EnumType.STRING)
    public IssueStatus status;

    @Column(name = "annual_hours")
    public Double annualHours;

    /** How the annual hours were estimated: cases per year × minutes per case (both, or neither). */
    @Column(name = "cases_per_year")
    public Integer casesPerYear;

    @Column(name = "minutes_per_case")
    public Double minutesPerCase;

    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    /** 上期 or 下期 within {@link #fiscalYear}; null when only the year is decided. */
    @Enumerated(EnumType.STRING)
    @Column(name = "planned_half")
    public FiscalYear.Half plannedHalf;

    /** Estimates for the fiscal-year plan: what solving it costs in yen and in staff hours. */
    @Column(name = "estimated_cost_yen")
    public Long estimatedCostYen;

    @Column(name = "effort_hours")
    public Double effortHours;

    @Column(name = "merged_into_id")
    public Long mergedIntoId;

    @ElementCollection
    @CollectionTable(name = "issue_department", joinColumns = @JoinColumn(name = "issue_id"))
    @Column(name = "department_id")
    public Set<Long> departmentIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "issue_hearing", joinColumns = @JoinColumn(name = "issue_id"))
    @Column(name = "hearing_id")
    public Set<Long> hearingIds = new TreeSet<>();

    /**
     * The quotes on those links (hearing id → text), read only: the same rows as {@link #hearingIds}, which
     * owns them. {@link IssueQuotes} writes the quote column once the links are flushed, then re-reads the issue.
     */
    @ElementCollection
    @CollectionTable(name = "issue_hearing", joinColumns = @JoinColumn(name = "issue_id"))
    @MapKeyColumn(name = "hearing_id")
    @Column(name = "quote")
    @SQLRestriction("quote is not null")
    @Immutable
    public Map<Long, String> quotes = new TreeMap<>();

    @Version
    public long version;
}
