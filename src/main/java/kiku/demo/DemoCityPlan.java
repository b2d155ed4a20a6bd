package kiku.demo;

import java.util.List;
import java.util.Map;
import kiku.plan.engine.FiscalYear;

/**
 * The demo city's fiscal-year plan: rough estimates for three issues in four (every fourth has none, so the plan page
 * shows what a missing estimate does), a half for each issue already given a year, and a capacity for the current and
 * the next fiscal year, tight enough that rank order and the suggestion differ.
 */
final class DemoCityPlan {

    record Estimate(long costYen, double effortHours) {}

    record Capacity(int fiscalYear, long budgetYen, double staffHours) {}

    /** Typical first-year cost of each kind of solution in a city of this size, in yen; checked in order. */
    private static final List<Map.Entry<String, Long>> COST_BY_PROPOSAL = List.of(
            Map.entry("ハードウェア", 24_000_000L),
            Map.entry("電子決裁", 12_000_000L),
            Map.entry("ファイル共有", 9_000_000L),
            Map.entry("電子申請", 6_000_000L),
            Map.entry("チャットボット", 3_000_000L),
            Map.entry("RPA", 2_500_000L),
            Map.entry("ノーコード", 800_000L),
            Map.entry("業務プロセス見直し", 400_000L));

    private DemoCityPlan() {}

    /** Null for every fourth issue (I04, I08, ...): not estimated yet. */
    static Estimate estimate(DemoCity.Issue issue) {
        int n = number(issue);
        if (n % 4 == 0) {
            return null;
        }
        long base = COST_BY_PROPOSAL.stream().filter(e -> issue.proposal().contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).findFirst().orElse(3_500_000L);
        long cost = Math.round(base * (1 + (n % 5) * 0.15) / 10_000.0) * 10_000;
        double annual = issue.annualHours() == null ? 200 : issue.annualHours();
        double effort = Math.max(40, Math.round(annual * (0.15 + (n % 3) * 0.05) / 10.0) * 10.0);
        return new Estimate(cost, effort);
    }

    /** Issues with a year get a half: odd numbers 上期, even numbers 下期. */
    static FiscalYear.Half half(DemoCity.Issue issue) {
        if (issue.fiscalYear() == null) {
            return null;
        }
        return number(issue) % 2 == 1 ? FiscalYear.Half.FIRST : FiscalYear.Half.SECOND;
    }

    static List<Capacity> capacities(int currentFiscalYear) {
        return List.of(new Capacity(currentFiscalYear, 60_000_000L, 1_600.0),
                new Capacity(currentFiscalYear + 1, 80_000_000L, 2_000.0));
    }

    private static int number(DemoCity.Issue issue) {
        return Integer.parseInt(issue.key().substring(1));
    }
}
