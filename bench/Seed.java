import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;

/**
 * Fills an empty, migrated Kiku H2 database with a benchmark scenario, straight through JDBC
 * (the API would take hours for 2.4 million scores). Run with the H2 jar on the class path while
 * Kiku is stopped:
 *   java -cp h2.jar bench/Seed.java jdbc:h2:file:/path/kiku city|national
 * It raises ranking_lock.rebuild, so Kiku's next start builds every score summary and total
 * (kiku.scoring.SummaryBackfill); the harness starts it once for that before measuring, then sets
 * the weights through the API, which re-totals every issue (one of the measured operations).
 */
public class Seed {

    record Scenario(int departments, int hearings, int issues, int criteria, int raters) {}

    public static void main(String[] args) throws Exception {
        Scenario s = switch (args[1]) {
            case "city" -> new Scenario(30, 300, 1_000, 8, 5);
            case "national" -> new Scenario(30, 300, 100_000, 8, 3);
            default -> throw new IllegalArgumentException("city or national");
        };
        Random random = new Random(20261126);
        try (Connection c = DriverManager.getConnection(args[0], "kiku", "")) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("insert into department (id, name, kind, active, version) values (1, '総務部', 'BUREAU', true, 0)");
            }
            batch(c, "insert into department (id, name, kind, parent_id, code, active, version) values (?, ?, 'DEPARTMENT', 1, ?, true, 0)",
                    s.departments(), (p, i) -> {
                        p.setLong(1, i + 2);
                        p.setString(2, "第" + (i + 1) + "課");
                        p.setString(3, "D" + (i + 1));
                    });
            batch(c, "insert into hearing (id, department_id, held_on, status, interviewer, notes, follow_up_done, version)"
                    + " values (?, ?, ?, 'DONE', '青木', ?, false, 0)", s.hearings(), (p, i) -> {
                        p.setLong(1, i + 1);
                        p.setLong(2, 2 + i % s.departments());
                        p.setObject(3, LocalDate.of(2025, 4, 1).plusDays(i % 500));
                        p.setString(4, "## ヒアリング " + (i + 1) + "\n- 紙の申請書を手入力している\n- 年間 1,200 件");
                    });
            String[] categories = {"紙・押印", "二重入力", "窓口", "電話対応", "古い端末", "情報共有", "集計・報告", "庁内調整"};
            String[] statuses = {"NEW", "NEW", "ANALYZING", "PLANNED", "IN_PROGRESS", "NEW", "ANALYZING", "NEW", "NEW", "DONE"};
            batch(c, "insert into issue (id, title, description, category, proposal, status, annual_hours, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, 0)", s.issues(), (p, i) -> {
                        p.setLong(1, i + 1);
                        p.setString(2, "課題 " + (i + 1) + " " + categories[i % categories.length] + "の負担");
                        p.setString(3, "紙の申請書を手入力しており、確認に時間がかかる。件数 " + (i % 997));
                        p.setString(4, categories[i % categories.length]);
                        p.setString(5, i % 3 == 0 ? "電子申請" : i % 3 == 1 ? "RPA" : "業務プロセス見直し");
                        p.setString(6, statuses[i % statuses.length]);
                        p.setDouble(7, 20 + (i * 37) % 3000);
                    });
            batch(c, "insert into issue_department (issue_id, department_id) values (?, ?)", s.issues(), (p, i) -> {
                p.setLong(1, i + 1);
                p.setLong(2, 2 + i % s.departments());
            });
            batch(c, "insert into issue_hearing (issue_id, hearing_id) values (?, ?)", s.issues(), (p, i) -> {
                p.setLong(1, i + 1);
                p.setLong(2, 1 + i % s.hearings());
            });
            batch(c, "insert into criterion (id, name, weight, min_score, max_score, direction, active, position, version)"
                    + " values (?, ?, ?, 1, 5, ?, true, ?, 0)", s.criteria(), (p, i) -> {
                        p.setLong(1, i + 1);
                        p.setString(2, "基準 " + (i + 1));
                        p.setDouble(3, 1 + i % 3);
                        p.setString(4, i % 4 == 3 ? "COST" : "BENEFIT");
                        p.setInt(5, i + 1);
                    });
            int cells = s.issues() * s.criteria() * s.raters();
            batch(c, "insert into score (id, issue_id, criterion_id, rater, score_value, version) values (?, ?, ?, ?, ?, 0)",
                    cells, (p, n) -> {
                        int issue = n / (s.criteria() * s.raters());
                        int criterion = (n / s.raters()) % s.criteria();
                        int rater = n % s.raters();
                        p.setLong(1, n + 1L);
                        p.setLong(2, issue + 1);
                        p.setLong(3, criterion + 1);
                        p.setString(4, "rater" + (rater + 1));
                        p.setInt(5, 1 + random.nextInt(5));
                    });
            try (Statement st = c.createStatement()) {
                for (String table : new String[] {"department", "hearing", "issue", "criterion", "score"}) {
                    long next = 1;
                    try (var rs = st.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                        rs.next();
                        next = rs.getLong(1);
                    }
                    st.execute("alter table " + table + " alter column id restart with " + next);
                }
            }
            try (Statement st = c.createStatement()) {
                // scores written around Kiku: its next start rebuilds the score summaries and totals
                st.execute("update ranking_lock set rebuild = true");
            }
            c.commit();
            System.out.printf("seeded %s: %d issues, %d scores%n", args[1], s.issues(), cells);
        }
    }

    interface Binder {
        void bind(PreparedStatement p, int i) throws Exception;
    }

    static void batch(Connection c, String sql, int count, Binder binder) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                binder.bind(p, i);
                p.addBatch();
                if (i % 5_000 == 4_999) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }
}
