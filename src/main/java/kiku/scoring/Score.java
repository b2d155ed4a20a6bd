package kiku.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One rater's value for one issue on one criterion (at most one per triple). */
@Entity
public class Score extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "issue_id")
    public Long issueId;

    @Column(name = "criterion_id")
    public Long criterionId;

    public String rater;

    @Column(name = "score_value")
    public int value;

    public String comment;

    @Version
    public long version;
}
