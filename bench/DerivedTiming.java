import java.nio.file.*;
import java.sql.*;
import java.util.*;

/**
 * Times what a derived criterion costs at 100,000 issues, straight through JDBC with the queries
 * of kiku.scoring.DerivedScores and RankingStore: the grouped inputs, the batch write, and the
 * extra read of computed values next to the all-issues cell query. Run from bench/ with H2 2.4:
 *   javac -cp h2.jar -d cls DerivedTiming.java Seed.java
 *   java -cp cls:h2.jar DerivedTiming
 * (uses /tmp/x/bench/kiku; seeds the national scenario once, marked by /tmp/x/bench/seeded).
 */
public class DerivedTiming {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:/tmp/x/bench/kiku;MODE=Regular";
        try (Connection c = DriverManager.getConnection(url, "kiku", "")) {
            if (!Files.exists(Path.of("/tmp/x/bench/seeded"))) try (Statement s = c.createStatement()) {
                for (int v = 1; v <= 7; v++) {
                    if (v == 6) continue;
                    Path dir = Path.of("../src/main/resources/db/migration");
                    final int vv = v;
                    Path f = Files.list(dir).filter(p -> p.getFileName().toString().startsWith("V" + vv + "__")).findFirst().get();
                    s.execute("RUNSCRIPT FROM '" + f + "' CHARSET 'UTF-8'");
                }
            }
        }
        if (!Files.exists(Path.of("/tmp/x/bench/seeded"))) { Seed.main(new String[] {url, "national"}); Files.writeString(Path.of("/tmp/x/bench/seeded"), "y"); }
        try (Connection c = DriverManager.getConnection(url, "kiku", "")) {
            c.setAutoCommit(false);
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                Map<Long, Double> inputs = new HashMap<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select id, 0 from issue")) {
                    while (r.next()) inputs.put(r.getLong(1), 0.0);
                }
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select x.issue_id, count(distinct x.department_id) from ("
                        + "select issue_id, department_id from issue_department union select ih.issue_id, h.department_id from issue_hearing ih"
                        + " join hearing h on h.id = ih.hearing_id) x group by x.issue_id")) {
                    while (r.next()) inputs.put(r.getLong(1), (double) r.getInt(2));
                }
                long t1 = System.nanoTime();
                try (Statement s = c.createStatement()) { s.executeUpdate("delete from derived_score where criterion_id = 1"); }
                try (PreparedStatement p = c.prepareStatement("insert into derived_score (issue_id, criterion_id, score_value) values (?, 1, ?)")) {
                    int n = 0;
                    for (var e : inputs.entrySet()) {
                        p.setLong(1, e.getKey()); p.setInt(2, 1 + (e.getValue() >= 2 ? 1 : 0));
                        p.addBatch();
                        if (++n % 1000 == 0) p.executeBatch();
                    }
                    p.executeBatch();
                }
                long t2 = System.nanoTime();
                String branch = " s.issue_id, s.criterion_id, s.score_value from %s s";
                int rows = 0;
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select s.issue_id, s.criterion_id, 1, s.score_value, s.score_value, s.score_value from derived_score s")) { while (r.next()) rows++; }
                long t3 = System.nanoTime();
                int old = 0;
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select s.issue_id, s.criterion_id, count(*), sum(s.score_value), min(s.score_value), max(s.score_value) from score s group by s.issue_id, s.criterion_id")) { while (r.next()) old++; }
                long t4 = System.nanoTime();
                String one = "select u.issue_id, u.criterion_id, count(*) from (select" + branch.formatted("score") + " where s.issue_id in (4242) union all select"
                        + branch.formatted("derived_score") + " where s.issue_id in (4242)) u group by u.issue_id, u.criterion_id";
                long t5 = System.nanoTime();
                for (int i = 0; i < 100; i++) try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(one)) { while (r.next()) {} }
                long t6 = System.nanoTime();
                c.commit();
                System.out.printf("inputs %d ms, write %d rows %d ms, derived read %d rows %d ms, cells all (score only) %d rows %d ms, one issue %.2f ms%n",
                        (t1 - t0) / 1_000_000, inputs.size(), (t2 - t1) / 1_000_000, rows, (t3 - t2) / 1_000_000, old, (t4 - t3) / 1_000_000, (t6 - t5) / 1e8);
            }
        }
    }
}
