package kiku.hearing;

import java.time.LocalDate;
import kiku.web.FormInput;
import org.jboss.resteasy.reactive.RestForm;

/** The hearing form's fields as typed, so that a refused form comes back exactly as it was sent. */
public class HearingForm {

    @RestForm
    public String departmentId;

    @RestForm
    public String heldOn;

    @RestForm
    public String status;

    @RestForm
    public String interviewer;

    @RestForm
    public String participants;

    @RestForm
    public String notes;

    @RestForm
    public String followUp;

    @RestForm
    public boolean followUpDone;

    @RestForm
    public String version;

    public static HearingForm blank(String departmentId, String interviewer) {
        HearingForm form = new HearingForm();
        form.departmentId = departmentId;
        form.heldOn = LocalDate.now(HearingService.CITY_TIME).toString();
        form.interviewer = interviewer;
        return form;
    }

    public static HearingForm of(Hearing h) {
        HearingForm form = new HearingForm();
        form.departmentId = String.valueOf(h.departmentId);
        form.heldOn = h.heldOn.toString();
        form.status = h.status.name();
        form.interviewer = h.interviewer;
        form.participants = h.participants;
        form.notes = h.notes;
        form.followUp = h.followUp;
        form.followUpDone = h.followUpDone;
        form.version = String.valueOf(h.version);
        return form;
    }

    HearingDto toDto(FormInput in) {
        return new HearingDto(null, in.id("departmentId", departmentId), in.date("heldOn", heldOn),
                in.choice("status", status, HearingStatus.class), interviewer, participants, notes, followUp,
                followUpDone, null, null, in.version(version));
    }
}
