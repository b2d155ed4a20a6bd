import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import kiku.backlog.engine.Overrides;
import kiku.scoring.engine.Ranking;

/**
 * What a backlog request with rank overrides adds in Java: ranking every open total and applying
 * the overrides (kiku.backlog.OverriddenOrder), CPU time, median of 7 after 3 warm-ups.
 *   ./mvnw -B compile && java -cp target/classes bench/OverrideTiming.java [issues] [overrides]
 */
public class OverrideTiming {
    public static void main(String[] args) {
        int issues = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int overrides = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Random random = new Random(1);
        List<Ranking.Scored> scored = new ArrayList<>(issues);
        for (long i = 1; i <= issues; i++) {
            scored.add(new Ranking.Scored(i, Math.round(random.nextDouble() * 10_000) / 100.0)); // many ties
        }
        List<Overrides.Rule> rules = new ArrayList<>();
        for (int o = 1; o <= overrides; o++) {
            rules.add(new Overrides.Rule(issues - o * 7L, (long) o, null));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] used = new long[7];
        for (int run = -3; run < 7; run++) {
            long u = cpu.getCurrentThreadCpuTime();
            Overrides.apply(Ranking.rank(scored), rules);
            if (run >= 0) {
                used[run] = cpu.getCurrentThreadCpuTime() - u;
            }
        }
        Arrays.sort(used);
        System.out.printf("rank + overrides, %d issues, %d overrides: cpu %.1f ms (median of 7)%n", issues, overrides,
                used[3] / 1e6);
    }
}
