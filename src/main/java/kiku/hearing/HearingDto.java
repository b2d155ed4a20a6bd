package kiku.hearing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A hearing as the API shows and takes it; {@code round} and {@code issueIds} are derived. */
public record HearingDto(
        Long id,
        @NotNull @Positive Long departmentId,
        @NotNull LocalDate heldOn,
        HearingStatus status,
        @Size(max = 200) String interviewer,
        @Size(max = 1000) String participants,
        @Size(max = 200_000) String notes,
        @Size(max = 4000) String followUp,
        Boolean followUpDone,
        Integer round,
        List<Long> issueIds,
        Long version) {

    static HearingDto of(Hearing h, int round, List<Long> issueIds) {
        return new HearingDto(h.id, h.departmentId, h.heldOn, h.status, h.interviewer, h.participants, h.notes,
                h.followUp, h.followUpDone, round, issueIds, h.version);
    }
}
