package kiku.hearing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kiku.csvimport.engine.Action;
import kiku.csvimport.engine.Column;
import kiku.csvimport.engine.CsvDecoder;
import kiku.csvimport.engine.DepartmentRefs;
import kiku.csvimport.engine.ImportError;
import kiku.csvimport.engine.Plan;
import kiku.csvimport.engine.RowError;
import kiku.hearing.HearingStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Planning a hearing CSV: encodings, department + date as the key, kept and cleared values, bad lines. */
class HearingPlanTest {

    private static final DepartmentRefs DEPARTMENTS = new DepartmentRefs(List.of(
            new DepartmentRefs.Ref(1, "市民課", "SHIMIN"), new DepartmentRefs.Ref(2, "税務課", null),
            new DepartmentRefs.Ref(3, "庶務係", "S1"), new DepartmentRefs.Ref(4, "庶務係", "S2")));

    private static final List<HearingPlan.Existing> STORED = List.of(
            new HearingPlan.Existing(10, 1, LocalDate.of(2024, 4, 1), HearingStatus.DONE, "青木", "課長", "窓口が混む",
                    null, 3),
            new HearingPlan.Existing(11, 2, LocalDate.of(2024, 5, 1), HearingStatus.DONE, "佐藤", null, null, null, 0),
            new HearingPlan.Existing(12, 2, LocalDate.of(2024, 5, 1), HearingStatus.DONE, "田中", null, null, null, 0));

    private static Plan<HearingPlan.Step> plan(String csv) {
        return HearingPlan.of(csv, DEPARTMENTS, STORED, step -> List.of());
    }

    private static final String FILE = "部署,実施日,状態,聞き手,参加者,メモ\r\n"
            + "市民課,令和6年4月1日,実施済,青木,課長,窓口が混む\r\n"
            + "SHIMIN,2024/6/3,予定,青木,,\"申請書が多い,\r\n転記が多い\"\r\n";

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8 BOM", "UTF-8", "Shift_JIS"})
    void eachEncodingPlansTheSameLines(String encoding) {
        byte[] bytes = switch (encoding) {
            case "UTF-8 BOM" -> ("\uFEFF" + FILE).getBytes(StandardCharsets.UTF_8);
            case "UTF-8" -> FILE.getBytes(StandardCharsets.UTF_8);
            default -> FILE.getBytes(java.nio.charset.Charset.forName("windows-31j"));
        };
        Plan<HearingPlan.Step> plan = plan(CsvDecoder.decode(bytes).text());
        assertTrue(plan.valid(), plan.toString());
        assertEquals(Action.UNCHANGED, plan.steps().get(0).action(), "same department and date as hearing 10");
        assertEquals(10L, plan.steps().get(0).targetId());
        HearingPlan.Step created = plan.steps().get(1);
        assertEquals(Action.CREATE, created.action());
        assertEquals(new HearingPlan.Values(1L, LocalDate.of(2024, 6, 3), HearingStatus.PLANNED, "青木", null,
                "申請書が多い,\n転記が多い", null), created.values());
        assertEquals(3, created.line());
    }

    @Test
    void reImportUpdatesByDepartmentAndDate() {
        Plan<HearingPlan.Step> plan = plan("department,date,notes\n市民課,2024-04-01,窓口がとても混む\n");
        HearingPlan.Step step = plan.steps().get(0);
        assertEquals(Action.UPDATE, step.action());
        assertEquals(10L, step.targetId());
        assertEquals(3L, step.targetVersion());
        assertEquals("青木", step.values().interviewer(), "a column the file lacks keeps the stored value");
        assertEquals(HearingStatus.DONE, step.values().status());
        assertEquals("窓口がとても混む", step.values().notes());
        HearingPlan.Step cleared = plan("department,date,participants\n市民課,2024-04-01,\n").steps().get(0);
        assertNull(cleared.values().participants(), "an empty cell clears the value");
    }

    @Test
    void theInterviewerTellsHearingsOfOneDayApart() {
        Plan<HearingPlan.Step> plan = plan("部署,実施日,聞き手\n税務課,2024-05-01,田中\n税務課,2024-05-01,\n");
        assertEquals(12L, plan.steps().get(0).targetId());
        assertEquals(ImportError.DUPLICATE_ROW, plan.steps().get(1).errors().get(0).error());
        assertEquals("2", plan.steps().get(1).errors().get(0).value());
        Plan<HearingPlan.Step> unknown = plan("部署,実施日,聞き手\n税務課,2024-05-01,鈴木\n");
        assertEquals(ImportError.HEARING_AMBIGUOUS, unknown.steps().get(0).errors().get(0).error());
    }

    @Test
    void badLinesNameTheirErrors() {
        Plan<HearingPlan.Step> plan = plan("部署,実施日,状態\n,2024-04-01,\nどこか課,2024/4/1,\n庶務係,2024/4/1,\n"
                + "市民課,4月1日,\n市民課,2024-07-01,済んだ\n市民課,2024-08-01,PLANNED\n市民課,2024-08-01,\n");
        List<HearingPlan.Step> steps = plan.steps();
        assertEquals(ImportError.DEPARTMENT_UNKNOWN, steps.get(1).errors().get(0).error());
        assertEquals(ImportError.DEPARTMENT_AMBIGUOUS, steps.get(2).errors().get(0).error());
        assertEquals(new RowError(5, ImportError.INVALID_DATE, Column.DATE, "4月1日"), steps.get(3).errors().get(0));
        assertEquals(ImportError.STATUS_UNKNOWN, steps.get(4).errors().get(0).error());
        assertEquals(Action.CREATE, steps.get(5).action());
        assertEquals(ImportError.DUPLICATE_ROW, steps.get(6).errors().get(0).error());
        assertFalse(plan.valid());
        assertTrue(plan.partlyValid());
        assertEquals(List.of(steps.get(5)), plan.writable());
    }

    @Test
    void theServiceRulesRefuseALineAndItClaimsNothing() {
        List<Integer> checked = new ArrayList<>();
        Plan<HearingPlan.Step> plan = HearingPlan.of("部署,実施日,聞き手\n市民課,2024-09-01,長すぎる\n市民課,2024-09-01,短い\n",
                DEPARTMENTS, STORED, step -> {
                    checked.add(step.line());
                    return step.values().interviewer().length() > 2
                            ? List.of(new RowError(step.line(), ImportError.TOO_LONG, Column.INTERVIEWER, "2")) : List.of();
                });
        assertEquals(List.of(2, 3), checked);
        assertEquals(Action.ERROR, plan.steps().get(0).action());
        assertEquals(Action.CREATE, plan.steps().get(1).action(), "the refused line did not take the key");
    }

    @Test
    void signatureFollowsWhatThePlanDoes() {
        String csv = "department,date,notes\n市民課,2024-04-01,新しいメモ\n";
        assertEquals(plan(csv).signature(), plan(csv).signature());
        List<HearingPlan.Existing> edited = new ArrayList<>(STORED);
        HearingPlan.Existing h = STORED.get(0);
        edited.set(0, new HearingPlan.Existing(h.id(), h.departmentId(), h.heldOn(), h.status(), h.interviewer(),
                h.participants(), h.notes(), h.followUp(), h.version() + 1));
        String changed = HearingPlan.of(csv, DEPARTMENTS, edited, step -> List.of()).signature();
        assertFalse(plan(csv).signature().equals(changed), "someone saved hearing 10 since the preview");
    }
}
