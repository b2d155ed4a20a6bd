package kiku.issue.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kiku.csvimport.engine.Cells;
import kiku.csvimport.engine.Column;
import kiku.csvimport.engine.CsvTable;
import kiku.csvimport.engine.DepartmentRefs;
import kiku.csvimport.engine.ImportError;
import kiku.csvimport.engine.RowError;
import kiku.issue.IssueStatus;

/** The typed values of one issue line, read once; unreadable cells become row errors. */
final class IssueValues {

    private final CsvTable.Table table;
    private final CsvTable.Row row;
    private final List<Long> departmentIds = new ArrayList<>();
    private final IssueStatus status;
    private final Double annualHours;
    private final Integer fiscalYear;

    IssueValues(CsvTable.Table table, CsvTable.Row row, DepartmentRefs departments, List<RowError> errors) {
        this.table = table;
        this.row = row;
        int line = row.line();
        for (String name : Cells.list(row.get(Column.DEPARTMENTS))) {
            Long id = departments.find(name, line, Column.DEPARTMENTS, errors);
            if (id != null && !departmentIds.contains(id)) {
                departmentIds.add(id);
            }
        }
        String statusCell = row.get(Column.STATUS);
        status = statusCell.isEmpty() ? null : status(statusCell);
        if (!statusCell.isEmpty() && status == null) {
            errors.add(new RowError(line, ImportError.STATUS_UNKNOWN, Column.STATUS, statusCell));
        } else if (status == IssueStatus.MERGED) {
            errors.add(new RowError(line, ImportError.STATUS_MERGED, Column.STATUS, statusCell));
        }
        String hours = row.get(Column.ANNUAL_HOURS);
        annualHours = hours.isEmpty() ? null : Cells.number(hours);
        if (!hours.isEmpty() && annualHours == null) {
            errors.add(new RowError(line, ImportError.INVALID_NUMBER, Column.ANNUAL_HOURS, hours));
        }
        String year = row.get(Column.FISCAL_YEAR);
        fiscalYear = year.isEmpty() ? null : Cells.fiscalYear(year);
        if (!year.isEmpty() && fiscalYear == null) {
            errors.add(new RowError(line, ImportError.INVALID_FISCAL_YEAR, Column.FISCAL_YEAR, year));
        }
    }

    /** The file's values where it has the column, the stored issue's elsewhere. */
    IssuePlan.Values values(IssuePlan.Existing stored) {
        boolean create = stored == null;
        return new IssuePlan.Values(row.get(Column.TITLE),
                table.has(Column.DEPARTMENTS) || create ? List.copyOf(departmentIds) : List.copyOf(stored.departmentIds()),
                text(Column.DESCRIPTION, create ? null : stored.description()),
                text(Column.BACKGROUND, create ? null : stored.background()),
                text(Column.CATEGORY, create ? null : stored.category()),
                text(Column.PROPOSAL, create ? null : stored.proposal()),
                status != null ? status : create ? IssueStatus.NEW : stored.status(),
                table.has(Column.ANNUAL_HOURS) || create ? annualHours : stored.annualHours(),
                table.has(Column.FISCAL_YEAR) || create ? fiscalYear : stored.fiscalYear(),
                create ? List.of() : List.copyOf(stored.hearingIds()));
    }

    private String text(Column column, String stored) {
        return table.has(column) ? Cells.text(row.get(column)) : stored;
    }

    /** The labels the pages show (新規, 分析中 …, 済 with or without み) or the enum names, any case. */
    static IssueStatus status(String text) {
        String value = Cells.normal(text).replace("済み", "済").toUpperCase(Locale.ROOT).replace(' ', '_');
        return switch (value) {
            case "新規" -> IssueStatus.NEW;
            case "分析中" -> IssueStatus.ANALYZING;
            case "計画済" -> IssueStatus.PLANNED;
            case "対応中" -> IssueStatus.IN_PROGRESS;
            case "完了" -> IssueStatus.DONE;
            case "見送り" -> IssueStatus.REJECTED;
            case "統合済" -> IssueStatus.MERGED;
            default -> {
                for (IssueStatus s : IssueStatus.values()) {
                    if (s.name().equals(value)) {
                        yield s;
                    }
                }
                yield null;
            }
        };
    }
}
