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

    static final String OPEN = "('NEW','ANALYZING','PLANNED','IN_PROGRESS')";

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
            System.out.printf("raw JDBC page: p50 %.2f ms (p10 %.2f, p90 %.2f)%n", ms[iterations / 2],
                    ms[iterations / 10], ms[iterations * 9 / 10]);
        }
    }

    /** The page's items, their ranks, means, raters and departments: what the API answer holds. */
    static int page(Connection c) throws Exception {
        List<Long> ids = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select i.id, i.title, i.status, i.total from issue i where i.status in "
                + OPEN + " and i.total is not null order by i.total desc, i.id limit 50");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                totals.add(rs.getDouble(4));
            }
        }
        int rows = 0;
        try (PreparedStatement p = c.prepareStatement("select count(*) from issue i where i.status in " + OPEN
                + " and i.total > ?")) {
            for (double t : totals.stream().distinct().toList()) {
                p.setDouble(1, t + 1e-9);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    rows += rs.getInt(1);
                }
            }
        }
        String in = ids.toString().replace('[', '(').replace(']', ')');
        for (String sql : List.of(
                "select s.issue_id, s.criterion_id, count(*), sum(s.score_value), min(s.score_value), max(s.score_value)"
                        + " from score s where s.issue_id in " + in + " group by s.issue_id, s.criterion_id",
                "select issue_id, count(distinct rater) from score where issue_id in " + in + " group by issue_id",
                "select issue_id, department_id from issue_department where issue_id in " + in)) {
            try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
        }
        return rows;
    }
}
