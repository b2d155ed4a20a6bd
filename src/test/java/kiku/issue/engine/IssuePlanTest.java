package kiku.issue.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import kiku.csvimport.engine.Action;
import kiku.csvimport.engine.Column;
import kiku.csvimport.engine.CsvDecoder;
import kiku.csvimport.engine.DepartmentRefs;
import kiku.csvimport.engine.ImportError;
import kiku.csvimport.engine.Plan;
import kiku.csvimport.engine.RowError;
import kiku.issue.IssueStatus;
import org.junit.jupiter.api.Test;

/** Planning an issue CSV: ID or exact title as the key, merged issues left alone, typed cells. */
class IssuePlanTest {

    private static final DepartmentRefs DEPARTMENTS = new DepartmentRefs(List.of(
            new DepartmentRefs.Ref(1, "市民課", "SHIMIN"), new DepartmentRefs.Ref(2, "税務課", null),
            new DepartmentRefs.Ref(3, "福祉課", null)));

    private static final List<IssuePlan.Existing> STORED = List.of(
            new IssuePlan.Existing(7, "窓口の待ち時間", IssueStatus.NEW, "説明", null, "窓口", null, 100.0, 2024,
                    Set.of(1L), List.of(40L), 2),
            new IssuePlan.Existing(8, "紙の申請書", IssueStatus.MERGED, null, null, null, null, null, null, Set.of(2L),
                    List.of(), 1),
            new IssuePlan.Existing(9, "同名", IssueStatus.NEW, null, null, null, null, null, null, Set.of(2L), List.of(), 0),
            new IssuePlan.Existing(10, "同名", IssueStatus.DONE, null, null, null, null, null, null, Set.of(2L), List.of(), 0));

    private static Plan<IssuePlan.Step> plan(String csv) {
        return IssuePlan.of(csv, DEPARTMENTS, STORED, step -> List.of());
    }

    @Test
    void createsWithEveryColumnFromShiftJis() {
        String csv = "タイトル,部署,説明,背景,分類,提案,状態,年間時間,年度\r\n"
                + "手書き台帳の転記,市民課、税務課;SHIMIN,\"台帳を\r\n手で写す, 毎月\",背景,転記,RPA,分析中,\"1,200\",令和6年度\r\n";
        Plan<IssuePlan.Step> plan = plan(CsvDecoder.decode(csv.getBytes(Charset.forName("windows-31j"))).text());
        IssuePlan.Step step = plan.steps().get(0);
        assertEquals(Action.CREATE, step.action(), step.toString());
        assertEquals(new IssuePlan.Values("手書き台帳の転記", List.of(1L, 2L), "台帳を\n手で写す, 毎月", "背景", "転記", "RPA",
                IssueStatus.ANALYZING, 1200.0, 2024, List.of()), step.values());
    }

    @Test
    void updatesByExactTitleOrById() {
        IssuePlan.Step byTitle = plan("title,status,fiscalYear\n窓口の待ち時間,計画済み,2025年度\n").steps().get(0);
        assertEquals(Action.UPDATE, byTitle.action());
        assertEquals(7L, byTitle.targetId());
        assertEquals(2L, byTitle.targetVersion());
        IssuePlan.Values v = byTitle.values();
        assertEquals(IssueStatus.PLANNED, v.status());
        assertEquals(2025, v.fiscalYear());
        assertEquals(List.of(1L), v.departmentIds(), "columns the file lacks keep the stored values");
        assertEquals(List.of(40L), v.hearingIds(), "an import never drops the hearing links");
        assertEquals(100.0, v.annualHours());
        IssuePlan.Step byId = plan("id,title,部署\n7,窓口の待ち時間（改題）,市民課\n").steps().get(0);
        assertEquals(7L, byId.targetId(), "renamed through its ID");
        IssuePlan.Step same = plan("title,状態,年間時間\n窓口の待ち時間,NEW,100\n").steps().get(0);
        assertEquals(Action.UNCHANGED, same.action());
        assertEquals(Action.CREATE, plan("title,部署\n窓口の待ち時間 \u3000だけ違う,市民課\n").steps().get(0).action());
    }

    @Test
    void mergedIssuesAndBadCellsAreRefused() {
        List<IssuePlan.Step> steps = plan("ID,タイトル,部署,状態,年間時間,年度\n"
                + ",紙の申請書,税務課,,,\n8,x,税務課,,,\n99,x,税務課,,,\nabc,x,税務課,,,\n,同名,税務課,,,\n"
                + ",新しい課題,税務課,統合済み,,\n,新しい課題2,どこか課,,,\n,新しい課題3,税務課,保留,たくさん,来年度\n"
                + ",新しい課題4,税務課,,,\n,新しい課題4,税務課,,,\n").steps();
        assertEquals(new RowError(2, ImportError.ISSUE_MERGED, null, "8"), steps.get(0).errors().get(0));
        assertEquals(ImportError.ISSUE_MERGED, steps.get(1).errors().get(0).error());
        assertEquals(new RowError(4, ImportError.ISSUE_UNKNOWN, Column.ID, "99"), steps.get(2).errors().get(0));
        assertEquals(ImportError.INVALID_ID, steps.get(3).errors().get(0).error());
        assertEquals(ImportError.TITLE_AMBIGUOUS, steps.get(4).errors().get(0).error());
        assertEquals(ImportError.STATUS_MERGED, steps.get(5).errors().get(0).error());
        assertEquals(ImportError.DEPARTMENT_UNKNOWN, steps.get(6).errors().get(0).error());
        assertEquals(List.of(ImportError.STATUS_UNKNOWN, ImportError.INVALID_NUMBER, ImportError.INVALID_FISCAL_YEAR),
                steps.get(7).errors().stream().map(RowError::error).toList());
        assertEquals(Action.CREATE, steps.get(8).action());
        assertEquals(new RowError(11, ImportError.DUPLICATE_ROW, null, "10"), steps.get(9).errors().get(0));
    }

    @Test
    void statusLabels() {
        assertEquals(IssueStatus.PLANNED, IssueValues.status("計画済"));
        assertEquals(IssueStatus.IN_PROGRESS, IssueValues.status("in progress"));
        assertEquals(IssueStatus.REJECTED, IssueValues.status("見送り"));
        assertEquals(IssueStatus.MERGED, IssueValues.status("統合済み"));
        assertTrue(IssueValues.status("保留") == null);
    }
}
