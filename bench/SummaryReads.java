import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * What reading every open issue's score summary costs in H2: from the wide issue rows (as Kiku did
 * up to V9) against a narrow (issue_id, summary) copy, the experiment behind the narrow summary
 * table of V10 (docs/PERFORMANCE.md). Works on a copy of a database from before V10 (it adds a
 * table); the heap given to this JVM sizes H2's page cache as in Kiku (-Xmx160m: about 10 MB).
 *   java -Xmx160m -cp h2.jar bench/SummaryReads.java "jdbc:h2:file:/path/copy-of-kiku"
 */
public class SummaryReads {

    private static final String OPEN = "('NEW','ANALYZING','PLANNED','IN_PROGRESS')";

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "kiku", ""); Statement s = c.createStatement()) {
            s.execute("drop table if exists summary_copy");
            long t = System.nanoTime();
            s.execute("create table summary_copy (issue_id bigint primary key, summary varchar(4000))");
            s.execute("insert into summary_copy select id, score_summary from issue");
            System.out.printf("narrow copy made: %.0f ms%n", (System.nanoTime() - t) / 1e6);
            for (int round = 1; round <= 3; round++) {
                System.out.println("round " + round);
                time(c, "wide issue rows", "select id, score_summary from issue where status in " + OPEN + " order by id");
                time(c, "open ids only", "select id, '' from issue where status in " + OPEN);
                time(c, "narrow table", "select issue_id, summary from summary_copy order by issue_id");
            }
            s.execute("drop table summary_copy");
        }
    }

    private static void time(Connection c, String what, String sql) throws Exception {
        long t = System.nanoTime();
        int rows = 0;
        long chars = 0;
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                rows++;
                rs.getLong(1);
                String summary = rs.getString(2);
                chars += summary == null ? 0 : summary.length();
            }
        }
        System.out.printf("  %s: %d rows, %d chars, %.0f ms%n", what, rows, chars, (System.nanoTime() - t) / 1e6);
    }
}
