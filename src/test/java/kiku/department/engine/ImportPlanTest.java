package kiku.department.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kiku.department.DepartmentKind;
import kiku.department.engine.ImportPlan.Action;
import org.junit.jupiter.api.Test;

/** Planning an import against the stored tree: create, update by code or name, errors per line. */
class ImportPlanTest {

    private static final List<ImportPlan.Existing> STORED = List.of(
            new ImportPlan.Existing(1, "総務部", DepartmentKind.BUREAU, null, "SOUMU", true),
            new ImportPlan.Existing(2, "情報管理課", DepartmentKind.DEPARTMENT, 1L, "JOHO", false),
            new ImportPlan.Existing(3, "庶務係", DepartmentKind.UNIT, 2L, null, true),
            new ImportPlan.Existing(4, "庶務係", DepartmentKind.UNIT, 1L, null, true));

    private static ImportPlan plan(String csv) {
        return ImportPlan.of(DepartmentCsv.parse(csv), STORED);
    }

    @Test
    void createsUpdatesAndLeavesUnchanged() {
        ImportPlan plan = plan("名前,種別,親,コード\n総務部,部,,SOUMU\n情報政策課,課,SOUMU,\nデジタル係,係,情報政策課,\n"
                + "情報管理課,課,総務部,JOHO-2\n");
        List<ImportPlan.Step> steps = plan.steps();
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
        ImportPlan.Step step = plan("name,kind,parent,code\n情報システム課,DEPARTMENT,総務部,JOHO\n").steps().get(0);
        assertEquals(Action.UPDATE, step.action());
        assertEquals(2L, step.targetId());
        assertEquals(DepartmentKind.DEPARTMENT, step.kind());
    }

    @Test
    void reportsBadLines() {
        ImportPlan plan = plan("name,kind,parent,code\n,課,,\nA,局,,\nB,課,どこにもない,\nC,係,庶務係,\n"
                + "総務部,部,,SOUMU\n総務部,部,,SOUMU\nX,課,," + "x".repeat(65) + "\n");
        List<ImportPlan.Step> steps = plan.steps();
        assertEquals(ImportError.NAME_REQUIRED, steps.get(0).errors().get(0).error());
        assertEquals(ImportError.KIND_UNKNOWN, steps.get(1).errors().get(0).error());
        assertEquals("局", steps.get(1).errors().get(0).value());
        assertEquals(ImportError.PARENT_UNKNOWN, steps.get(2).errors().get(0).error());
        assertEquals(ImportError.PARENT_AMBIGUOUS, steps.get(3).errors().get(0).error(), "two 庶務係");
        assertEquals(Action.UNCHANGED, steps.get(4).action());
        assertEquals(ImportError.DUPLICATE_ROW, steps.get(5).errors().get(0).error());
        assertEquals(ImportError.CODE_TOO_LONG, steps.get(6).errors().get(0).error());
        assertFalse(plan.valid());
        assertEquals(6L, plan.counts().get(3));
    }

    @Test
    void refusesCyclesAndTakenNames() {
        ImportPlan cycle = plan("name,kind,parent,code\n総務部,部,情報管理課,SOUMU\n");
        assertEquals(ImportError.CYCLE, cycle.steps().get(0).errors().get(0).error());
        ImportPlan taken = plan("name,kind,parent,code\n庶務係,係,総務部,JOHO\n");
        assertEquals(ImportError.NAME_TAKEN, taken.steps().get(0).errors().get(0).error());
    }
}
