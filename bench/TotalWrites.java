import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What rewriting every open issue's total costs in H2, against a narrow (issue_id, total) table:
 * the experiment behind the national weight change in docs/PERFORMANCE.md. Works on a copy.
 *   java -cp h2.jar bench/TotalWrites.java "jdbc:h2:file:/path/copy-of-kiku;WRITE_DELAY=0"
 */
public class TotalWrites {

    static final Random RANDOM = new Random(1);
    static Connection c;
    static long last = System.nanoTime();

    public static void main(String[] args) throws Exception {
        c = DriverManager.getConnection(args[0], "kiku", "");
        c.setAutoCommit(false);
        List<Long> open = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("select id from issue"
                + " where status in ('NEW','ANALYZING','PLANNED','IN_PROGRESS') order by id")) {
            while (rs.next()) {
                open.add(rs.getLong(1));
            }
        }
        step("read " + open.size() + " open ids");
        execute("update issue set total = null where total is not null");
        step("clearing pass over issue");
        writeAll("update issue set total = ? where id = ?", open, false);
        step("batch update of issue.total");
        c.commit();
        step("commit");
        writeAll("update issue set total = ? where id = ?", open, true);
        step("one pass over issue + commit");
        execute("drop table if exists nt");
        execute("create table nt (issue_id bigint primary key, total double)");
        execute("create index ix_nt on nt (total desc, issue_id)");
        c.commit();
        step("(narrow table created)");
        writeAll("insert into nt (total, issue_id) values (?, ?)", open, true);
        step("narrow table: insert + commit");
        execute("delete from nt");
        writeAll("insert into nt (total, issue_id) values (?, ?)", open, true);
        step("narrow table: delete all + insert + commit");
        writeAll("update nt set total = ? where issue_id = ?", open, true);
        step("narrow table: update + commit");
        execute("delete from nt");
        c.commit();
        step("(narrow table emptied)");
        writeSorted("insert into nt (total, issue_id) values (?, ?)", open);
        step("narrow table: insert in rank order + commit");
        execute("drop table nt");
        execute("create table nt (issue_id bigint primary key, total double)");
        c.commit();
        step("(narrow table without the rank index)");
        writeAll("insert into nt (total, issue_id) values (?, ?)", open, true);
        step("no rank index: insert + commit");
        execute("update nt set total = total + 1");
        c.commit();
        step("no rank index: one update of every row + commit");
        execute("create index ix_nt on nt (total desc, issue_id)");
        step("no rank index: create it afterwards");
        execute("drop table nt");
        c.commit();
        c.close();
    }

    /** One random total per issue, (total, id) bound in that order, batched by 1,000. */
    static void writeAll(String sql, List<Long> ids, boolean commit) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int n = 0;
            for (Long id : ids) {
                p.setDouble(1, RANDOM.nextDouble() * 100);
                p.setLong(2, id);
                p.addBatch();
                if (++n % 1000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        if (commit) {
            c.commit();
        }
    }

    /** Random totals written in descending order, as a rebuild in rank order would. */
    static void writeSorted(String sql, List<Long> ids) throws Exception {
        List<double[]> rows = new ArrayList<>();
        ids.forEach(id -> rows.add(new double[] {RANDOM.nextDouble() * 100, id}));
        rows.sort((a, b) -> Double.compare(b[0], a[0]));
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (double[] row : rows) {
                p.setDouble(1, row[0]);
                p.setLong(2, (long) row[1]);
                p.addBatch();
            }
            p.executeBatch();
        }
        c.commit();
    }

    static void execute(String sql) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static void step(String what) {
        long now = System.nanoTime();
        System.out.printf("%s: %d ms%n", what, (now - last) / 1_000_000);
        last = System.nanoTime();
    }
}
