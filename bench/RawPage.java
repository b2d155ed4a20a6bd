import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * GET /api/v1/backlog?size=50 done with plain JDBC in one JVM, no HTTP, no JSON, two ways:
 * <ul>
 * <li>ranked: the page as the database alone gives it, ranked from the raters' scores by
 *     SCORING.md in SQL (the schema stores no totals since the ranking moved into memory, so this
 *     is the raw query of the same page);
 * <li>known rows: only the rows of 50 issues whose ranks are already known, what Kiku itself
 *     reads beside its in-memory ranking (the floor of any page).
 * </ul>
 * Given the API's page as "rank issueId total" lines, it first checks that the ranked query gives
 * that same page, and fails if not (the query leaves out computed criteria and rank overrides,
 * which the bench's data has none of). Prints the median and spread of each in milliseconds.
 *   java -cp h2.jar bench/RawPage.java jdbc:h2:file:/path/kiku [api page lines]
 */
public class RawPage {

    static final String OPEN = "('NEW', 'ANALYZING', 'PLANNED', 'IN_PROGRESS')";
    /** SCORING.md §1: the criteria that rank. */
    static final String RANKING_CRITERIA = "select id, weight, min_score, max_score, direction from criterion"
            + " where active and weight > 0";

    interface Page {
        List<String> read(Connection c) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "kiku", "")) {
            if (args.length > 1) {
                checkSamePage(ranked(c), Files.readAllLines(Path.of(args[1])));
            }
            System.out.println("ranked: " + time(c, RawPage::ranked));
            System.out.println("known rows: " + time(c, RawPage::knownRows));
        }
    }

    /**
     * Up to 500 timed runs after a warm-up, fewer when runs are slow: about 20 s in all, and at least
     * one warm-up and three timed runs (a national ranking without reused results takes tens of s).
     */
    static String time(Connection c, Page page) throws Exception {
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        for (int i = 0; i < 200 && (i < 1 || System.nanoTime() < warmUntil); i++) {
            page.read(c);
        }
        List<Double> ms = new ArrayList<>();
        long until = System.nanoTime() + 15_000_000_000L;
        while (ms.size() < 500 && (ms.size() < 3 || System.nanoTime() < until)) {
            long start = System.nanoTime();
            page.read(c);
            ms.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return String.format("p50 %.2f ms (p90 %.2f, p99 %.2f; %d runs)", sorted[n / 2], sorted[n * 9 / 10],
                sorted[n * 99 / 100], n);
    }

    static void checkSamePage(List<String> raw, List<String> api) {
        List<String> expected = api.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < Math.max(raw.size(), expected.size()); i++) {
            String[] r = i < raw.size() ? raw.get(i).split(" ") : new String[] {"-", "-", "0"};
            String[] a = i < expected.size() ? expected.get(i).split(" ") : new String[] {"-", "-", "0"};
            if (!r[0].equals(a[0]) || !r[1].equals(a[1])
                    || Math.abs(Double.parseDouble(r[2]) - Double.parseDouble(a[2])) > 1e-6) {
                throw new IllegalStateException("not the API's page at item " + (i + 1) + ": raw " + String.join(" ", r)
                        + ", API " + String.join(" ", a));
            }
        }
        System.out.println("same page as the API: " + raw.size() + " items, ranks and totals");
    }

    /**
     * The whole page from the stored scores: the ranking criteria, the 50 best open issues with
     * rank, total, how many are ranked and whether one is disputed (one query), their means and
     * raters, their departments, and the open issues that miss a score. Returns "rank id total".
     */
    static List<String> ranked(Connection c) throws Exception {
        rows(c, RANKING_CRITERIA);
        List<String> page = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("with rc as (" + RANKING_CRITERIA + "),"
                + " m as (select s.issue_id, s.criterion_id, avg(cast(s.score_value as double)) mean,"
                + "   max(s.score_value) - min(s.score_value) spread"
                + "   from score s join rc on rc.id = s.criterion_id join issue i on i.id = s.issue_id"
                + "   where i.status in " + OPEN + " group by s.issue_id, s.criterion_id),"
                + " t as (select m.issue_id, 100 * sum(rc.weight"
                + "   * case when rc.direction = 'COST' then rc.max_score - m.mean else m.mean - rc.min_score end"
                + "   / (rc.max_score - rc.min_score)) / (select sum(weight) from rc) total,"
                + "   max(case when 2 * m.spread >= rc.max_score - rc.min_score then 1 else 0 end) disputed"
                + "   from m join rc on rc.id = m.criterion_id group by m.issue_id"
                + "   having count(*) = (select count(*) from rc))"
                // SCORING.md §4: totals within 1e-9 are equal; rounding to 9 places is that here.
                + " select rank() over (order by round(t.total, 9) desc), t.issue_id, t.total, i.title, i.status,"
                + "   t.disputed, count(*) over () from t join issue i on i.id = t.issue_id"
                + " order by round(t.total, 9) desc, t.issue_id limit 50");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                page.add(rs.getInt(1) + " " + rs.getLong(2) + " " + rs.getDouble(3));
                ids.add(rs.getLong(2));
            }
        }
        if (!ids.isEmpty()) {
            String in = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
            rows(c, "select issue_id, criterion_id, avg(cast(score_value as double)) from score where issue_id in " + in
                    + " and criterion_id in (select id from (" + RANKING_CRITERIA + "))"
                    + " group by issue_id, criterion_id");
            rows(c, "select issue_id, count(distinct rater) from score where issue_id in " + in
                    + " and criterion_id in (select id from (" + RANKING_CRITERIA + ")) group by issue_id");
            departments(c, in);
        }
        rows(c, "select i.id, i.title, rc.id from issue i cross join (" + RANKING_CRITERIA + ") rc"
                + " where i.status in " + OPEN
                + " and not exists (select 1 from score s where s.issue_id = i.id and s.criterion_id = rc.id)"
                + " order by i.id, rc.id");
        return page;
    }

    /**
     * The rows of 50 open, scored issues, read the shortest way the schema allows: what Kiku reads
     * for a page beside its in-memory ranking (kiku.scoring.LiveRanking), after asking whether the
     * ranking's version moved. Which 50 does not change the cost.
     */
    static List<String> knownRows(Connection c) throws Exception {
        rows(c, "select version from ranking_lock where id = 1");
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select issue_id from issue_summary order by issue_id limit 50");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        rows(c, "select i.id, i.title, i.status, s.summary from issue i left join issue_summary s on s.issue_id = i.id"
                + " where i.id in " + in);
        departments(c, in);
        return List.of();
    }

    static void departments(Connection c, String in) throws Exception {
        rows(c, "select issue_id, department_id from issue_department where issue_id in " + in);
        rows(c, "select ih.issue_id, h.department_id from issue_hearing ih join hearing h on h.id = ih.hearing_id"
                + " where ih.issue_id in " + in);
    }

    /** Runs a query and reads every row, as a page must. */
    static void rows(Connection c, String sql) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }
}
