package kiku.hearing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import kiku.csvimport.ImportChecks;
import kiku.csvimport.Importer;
import kiku.csvimport.Violations;
import kiku.csvimport.engine.Action;
import kiku.csvimport.engine.Column;
import kiku.csvimport.engine.DepartmentRefs;
import kiku.csvimport.engine.Plan;
import kiku.csvimport.engine.RowError;
import kiku.department.Department;
import kiku.hearing.engine.HearingPlan;

/**
 * Hearings from a CSV file. Each line becomes the DTO the API takes, checked by the API's own
 * constraints, and is written through {@link HearingService} (which audits); the whole file is one
 * transaction.
 */
@ApplicationScoped
@Transactional
public class HearingImportService implements Importer<HearingPlan.Step> {

    private static final Map<String, Column> FIELDS = Map.of("departmentId", Column.DEPARTMENT, "heldOn", Column.DATE,
            "status", Column.STATUS, "interviewer", Column.INTERVIEWER, "participants", Column.PARTICIPANTS,
            "notes", Column.NOTES, "followUp", Column.FOLLOW_UP);

    @Inject
    HearingService hearings;

    @Inject
    Validator validator;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan<HearingPlan.Step> preview(String text) {
        DepartmentRefs departments = Department.refs();
        List<HearingPlan.Existing> stored = Hearing.<Hearing>listAll().stream()
                .map(h -> new HearingPlan.Existing(h.id, h.departmentId, h.heldOn, h.status, h.interviewer,
                        h.participants, h.notes, h.followUp, h.version)).toList();
        return HearingPlan.of(text, departments, stored, this::check);
    }

    @Override
    public Plan<HearingPlan.Step> save(String text, boolean validOnly, String signature) {
        Plan<HearingPlan.Step> plan = preview(text);
        for (HearingPlan.Step step : ImportChecks.writable(plan, validOnly, signature)) {
            if (step.action() == Action.CREATE) {
                hearings.create(dto(step, false));
            } else {
                hearings.update(step.targetId(), dto(step, hearings.get(step.targetId()).followUpDone));
            }
        }
        return plan;
    }

    private List<RowError> check(HearingPlan.Step step) {
        return Violations.of(step.line(), validator.validate(dto(step, false)), FIELDS);
    }

    private static HearingDto dto(HearingPlan.Step step, boolean followUpDone) {
        HearingPlan.Values v = step.values();
        return new HearingDto(null, v.departmentId(), v.heldOn(), v.status(), v.interviewer(), v.participants(),
                v.notes(), v.followUp(), followUpDone, null, null, step.targetVersion());
    }
}
