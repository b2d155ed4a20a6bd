import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The floor for GET /api/v1/backlog?size=50: the same rows read with plain JDBC in one JVM,
 * no HTTP, no JSON. Prints the median and the 10th/90th percentiles in milliseconds.
 *   java -cp h2.jar bench/RawPage.java jdbc:h2:file:/path/kiku [iterations]
 */
public class RawPage {


    public static void main(String[] args) throws Exception {
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        try (Connection c = DriverManager.getConnection(args[0], "kiku", "")) {
            for (int i = 0; i < 200; i++) {
                page(c);
            }
            double[] ms = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                page(c);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("raw JDBC page: p50 %.2f ms (p90 %.2f, p99 %.2f)%n", ms[iterations / 2],
                    ms[iterations * 9 / 10], ms[iterations * 99 / 100]);
        }
    }

    /**
     * The page's items, means, raters, departments and hearings: what the API answer holds, read the
     * shortest way the schema allows. The ranks and totals live in memory (kiku.scoring.LiveRanking),
     * so a page asks the database only whether the ranking's version moved and for the rows of its
     * 50 issues; here those are 50 open, scored issues (which 50 does not change the cost).
     */
    static int page(Connection c) throws Exception {
        int rows = 0;
        try (PreparedStatement p = c.prepareStatement("select version from ranking_lock where id = 1");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            rows += rs.getLong(1) >= 0 ? 1 : 0;
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select issue_id from issue_summary order by issue_id limit 50");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        String in = ids.toString().replace('[', '(').replace(']', ')');
        for (String sql : List.of(
                "select i.id, i.title, i.status, s.summary from issue i left join issue_summary s on s.issue_id = i.id"
                        + " where i.id in " + in,
                "select issue_id, department_id from issue_department where issue_id in " + in,
                "select ih.issue_id, h.department_id from issue_hearing ih join hearing h on h.id = ih.hearing_id"
                        + " where ih.issue_id in " + in)) {
            try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
        }
        return rows;
    }
}
