package kiku.backlog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import kiku.backlog.engine.Overrides;

/** A manager's placement of one issue directly above or below another, with the reason (V4). */
@Entity
@Table(name = "rank_override")
public class RankOverride extends PanacheEntityBase {

    @Id
    @Column(name = "issue_id")
    public Long issueId;

    @Column(name = "placed_above_issue_id")
    public Long above;

    @Column(name = "placed_below_issue_id")
    public Long below;

    public String reason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public Overrides.Rule rule() {
        return new Overrides.Rule(issueId, above, below);
    }
}
