package kiku.department.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kiku.department.DepartmentKind;
import kiku.csvimport.engine.Action;
import kiku.csvimport.engine.Column;
import kiku.csvimport.engine.ImportError;
import kiku.csvimport.engine.Plan;
import org.junit.jupiter.api.Test;

/** Planning an import against the stored tree: create, update by code or name, errors per line. */
class DepartmentPlanTest {

    private static final List<DepartmentPlan.Existing> STORED = List.of(
            new DepartmentPlan.Existing(1, "総務部", DepartmentKind.BUREAU, null, "SOUMU", true, 0),
            new DepartmentPlan.Existing(2, "情報管理課", DepartmentKind.DEPARTMENT, 1L, "JOHO", false, 0),
            new DepartmentPlan.Existing(3, "庶務係", DepartmentKind.UNIT, 2L, null, true, 0),
            new DepartmentPlan.Existing(4, "庶務係", DepartmentKind.UNIT, 1L, null, true, 0));

    private static Plan<DepartmentPlan.Step> plan(String csv) {
        return DepartmentPlan.of(DepartmentCsv.parse(csv), STORED);
    }

    @Test
    void createsUpdatesAndLeavesUnchanged() {
        Plan<DepartmentPlan.Step> plan = plan("名前,種別,親,コード\n総務部,部,,SOUMU\n情報政策課,課,SOUMU,\nデジタル係,係,情報政策課,\n"
                + "情報管理課,課,総務部,JOHO-2\n");
        List<DepartmentPlan.Step> steps = plan.steps();
        assertEquals(Action.UNCHANGED, steps.get(0).action());
        assertEquals(Action.CREATE, steps.get(1).action());
        assertEquals(1L, steps.get(1).parentId());
        assertEquals(Action.CREATE, steps.get(2).action());
        assertEquals(1, steps.get(2).parentStep(), "parent created by the line before");
        assertEquals(Action.UPDATE, steps.get(3).action(), "matched by name under the same parent");
        assertEquals(2L, steps.get(3).targetId());
        assertFalse(steps.get(3).active(), "an update keeps the stored active flag");
        assertTrue(plan.valid());
        assertEquals(List.of(2L, 1L, 1L, 0L), plan.counts());
    }

    @Test
    void matchesByCodeFirstAndCanRename() {
        DepartmentPlan.Step step = plan("name,kind,parent,code\n情報システム課,DEPARTMENT,総務部,JOHO\n").steps().get(0);
        assertEquals(Action.UPDATE, step.action());
        assertEquals(2L, step.targetId());
        assertEquals(DepartmentKind.DEPARTMENT, step.kind());
    }

    @Test
    void reportsBadLines() {
        Plan<DepartmentPlan.Step> plan = plan("name,kind,parent,code\n,課,,\nA,局,,\nB,課,どこにもない,\nC,係,庶務係,\n"
                + "総務部,部,,SOUMU\n総務部,部,,SOUMU\nX,課,," + "x".repeat(65) + "\n");
        List<DepartmentPlan.Step> steps = plan.steps();
        assertEquals(ImportError.REQUIRED, steps.get(0).errors().get(0).error());
        assertEquals(Column.NAME, steps.get(0).errors().get(0).column());
        assertEquals(ImportError.KIND_UNKNOWN, steps.get(1).errors().get(0).error());
        assertEquals("局", steps.get(1).errors().get(0).value());
        assertEquals(ImportError.PARENT_UNKNOWN, steps.get(2).errors().get(0).error());
        assertEquals(ImportError.PARENT_AMBIGUOUS, steps.get(3).errors().get(0).error(), "two 庶務係");
        assertEquals(Action.UNCHANGED, steps.get(4).action());
        assertEquals(ImportError.DUPLICATE_ROW, steps.get(5).errors().get(0).error());
        assertEquals("6", steps.get(5).errors().get(0).value(), "names the earlier line");
        assertEquals(ImportError.TOO_LONG, steps.get(6).errors().get(0).error());
        assertEquals(Column.CODE, steps.get(6).errors().get(0).column());
        assertFalse(plan.valid());
        assertEquals(6L, plan.counts().get(3));
    }

    @Test
    void refusesCyclesAndTakenNames() {
        Plan<DepartmentPlan.Step> cycle = plan("name,kind,parent,code\n総務部,部,情報管理課,SOUMU\n");
        assertEquals(ImportError.CYCLE, cycle.steps().get(0).errors().get(0).error());
        Plan<DepartmentPlan.Step> taken = plan("name,kind,parent,code\n庶務係,係,総務部,JOHO\n");
        assertEquals(ImportError.NAME_TAKEN, taken.steps().get(0).errors().get(0).error());
    }
}
