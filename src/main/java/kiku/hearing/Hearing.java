package kiku.hearing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A planned or held interview with one department, with its notes in Markdown. */
@Entity
public class Hearing extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    public HearingStatus status;

    public String interviewer;

    public String participants;

    public String notes;

    @Column(name = "follow_up")
    public String followUp;

    @Column(name = "follow_up_done")
    public boolean followUpDone;

    @Version
    public long version;
}
