import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kiku.scoring.engine.CellStats;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Direction;
import kiku.scoring.engine.Robustness;

/**
 * The sensitivity engine alone (SCORING.md §7) on a city-sized backlog, without HTTP or database:
 * wall and CPU time (CPU time is what matters on a shared machine), median of 7 after 3 warm-ups.
 *   ./mvnw -B compile && java -cp target/classes bench/SensitivityTiming.java [issues] [samples]
 */
public class SensitivityTiming {
    public static void main(String[] args) {
        int issues = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Random random = new Random(1);
        List<CriterionSpec> criteria = new ArrayList<>();
        for (int c = 1; c <= 8; c++) {
            criteria.add(new CriterionSpec(c, 1 + random.nextInt(3), 1, 5, c % 3 == 0 ? Direction.COST : Direction.BENEFIT, true));
        }
        Map<Long, Map<Long, CellStats>> cells = new HashMap<>();
        for (long i = 1; i <= issues; i++) {
            Map<Long, CellStats> issue = new HashMap<>();
            for (int c = 1; c <= 8; c++) {
                int[] values = new int[5]; // five raters, as bench/Seed.java's city
                for (int r = 0; r < values.length; r++) {
                    values[r] = 1 + random.nextInt(5);
                }
                issue.put((long) c, CellStats.of(values));
            }
            cells.put(i, issue);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] wall = new long[7];
        long[] used = new long[7];
        for (int run = -3; run < 7; run++) {
            long w = System.nanoTime();
            long u = cpu.getCurrentThreadCpuTime();
            Robustness.analyse(cells, criteria, 10, samples, 0.3, 42);
            if (run >= 0) {
                wall[run] = System.nanoTime() - w;
                used[run] = cpu.getCurrentThreadCpuTime() - u;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(used);
        System.out.printf("sensitivity, %d issues x 8 criteria, %d samples: wall %.0f ms, cpu %.0f ms (median of 7)%n",
                issues, samples, wall[3] / 1e6, used[3] / 1e6);
    }
}
