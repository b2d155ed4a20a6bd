package kiku.issue;

import java.util.Map;
import kiku.department.Department;
import kiku.web.Problem;
import kiku.web.QueryParams;
import kiku.web.Text;

/**
 * The filters shared by the issue list, the backlog and the exports: department, status,
 * category and a text search over title, description, background and proposal.
 */
public record IssueFilter(Long departmentId, IssueStatus status, String category, String q) {

    public static final IssueFilter NONE = new IssueFilter(null, null, null, null);

    /** Parses query parameters; an unknown department or status is a 400. */
    public static IssueFilter parse(String department, String status, String category, String q) {
        Long departmentId = QueryParams.optionalId("department", department);
        if (departmentId != null && Department.findById(departmentId) == null) {
            throw Problem.unknownReference("department", "department", departmentId);
        }
        return new IssueFilter(departmentId, QueryParams.optionalEnum("status", status, IssueStatus.class),
                QueryParams.optionalText(category), QueryParams.optionalText(q));
    }

    /** SQL conditions on table alias {@code i}, starting with " and", with their parameters. */
    public String sql(Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (departmentId != null) {
            sql.append(" and exists (select 1 from issue_department fd where fd.issue_id = i.id and fd.department_id = :fDept)");
            params.put("fDept", departmentId);
        }
        if (status != null) {
            sql.append(" and i.status = :fStatus");
            params.put("fStatus", status.name());
        }
        if (category != null) {
            sql.append(" and i.category = :fCategory");
            params.put("fCategory", category);
        }
        if (q != null) {
            sql.append(" and (lower(i.title) like :fQ escape '\\' or lower(i.description) like :fQ escape '\\'"
                    + " or lower(i.background) like :fQ escape '\\' or lower(i.proposal) like :fQ escape '\\')");
            params.put("fQ", Text.containsPattern(q.toLowerCase(java.util.Locale.ROOT)));
        }
        return sql.toString();
    }
}
