package kiku.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kiku.demo.DemoCity.Criterion;
import kiku.demo.DemoCity.Hearing;
import kiku.demo.DemoCity.Issue;
import kiku.demo.DemoCity.Rater;
import kiku.demo.DemoCity.Score;

/**
 * Generates the raters' scores instead of listing ~1,300 numbers by hand. Each issue gets a hidden "true" profile
 * from what the data says about it (category, proposal kind, number of departments, annual hours, words such as
 * 保守 in its text); each rater then scores that profile through a personal bias and a little noise. Everything
 * comes from fixed seeds, so the same data gives the same scores on every run and JDK.
 *
 * <p>To give the backlog something to show, the generator also leaves gaps and disagreements on purpose:
 * issues raised in the last hearings are not scored yet, {@value #PARTLY_UNSCORED} issues miss one criterion for
 * every rater, tanaka skips {@value #TANAKA_SKIPS} issues, and {@value #INJECTED_DISPUTES} issues get one rater who
 * differs by two points or more (a few more disagree naturally).
 */
final class DemoCityScores {

    static final long SEED = 20_261_126L;
    /** Issues whose hearings are all on or after this date were raised after the last scoring round. */
    static final String FRESH_SINCE = "2026-10-01";
    static final int PARTLY_UNSCORED = 8;
    static final int TANAKA_SKIPS = 15;
    static final int INJECTED_DISPUTES = 4;

    /** Per-criterion leanings: the officer is optimistic about effort, the manager watches cost and citizens. */
    private static final Map<String, Map<String, Double>> BIAS = Map.of(
            "aoki", Map.of("STAFF", 0.3, "URGENCY", 0.1, "SPREAD", 0.1, "COST", -0.2, "DIFFICULTY", -0.2),
            "sato", Map.of("CITIZEN", 0.3, "COST", 0.3, "DIFFICULTY", 0.1),
            "tanaka", Map.of("CITIZEN", -0.1, "STAFF", -0.1, "URGENCY", -0.2, "SPREAD", -0.1, "DIFFICULTY", 0.2));

    /** Costs and effort are the criteria most often left open until a quote or a talk with the vendor arrives. */
    private static final List<String> OFTEN_MISSING = List.of("COST", "COST", "COST", "DIFFICULTY", "URGENCY", "SPREAD");

    private static final List<String> URGENT_WORDS = List.of("保守", "サポート終了", "苦情", "法定");

    private DemoCityScores() {}

    static List<Score> generate(List<Issue> issues, List<Hearing> hearings, List<Criterion> criteria,
            List<Rater> raters) {
        Map<String, String> heldOn = new HashMap<>();
        hearings.forEach(h -> heldOn.put(h.key(), h.heldOn()));

        Set<String> fresh = new HashSet<>();
        List<String> candidates = new ArrayList<>();
        for (Issue issue : issues) {
            if (!isOpen(issue)) {
                continue;
            }
            boolean isFresh = issue.hearingKeys().stream().allMatch(k -> heldOn.get(k).compareTo(FRESH_SINCE) >= 0);
            if (isFresh) {
                fresh.add(issue.key());
            } else {
                candidates.add(issue.key());
            }
        }

        // One shuffle decides which open issues get gaps and disputes; the groups do not overlap.
        Random plan = new Random(SEED);
        Collections.shuffle(candidates, plan);
        Map<String, String> missing = new HashMap<>();
        Set<String> tanakaSkips = new HashSet<>();
        Set<String> disputes = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            String key = candidates.get(i);
            if (i < PARTLY_UNSCORED) {
                missing.put(key, OFTEN_MISSING.get(plan.nextInt(OFTEN_MISSING.size())));
            } else if (i < PARTLY_UNSCORED + TANAKA_SKIPS) {
                tanakaSkips.add(key);
            } else if (i < PARTLY_UNSCORED + TANAKA_SKIPS + INJECTED_DISPUTES) {
                disputes.add(key);
            }
        }

        List<Score> out = new ArrayList<>();
        for (Issue issue : issues) {
            if (fresh.contains(issue.key())) {
                continue;
            }
            Map<String, Double> truth = profile(issue);
            Integer[][] values = new Integer[raters.size()][criteria.size()];
            for (int r = 0; r < raters.size(); r++) {
                String rater = raters.get(r).username();
                if (rater.equals("tanaka") && tanakaSkips.contains(issue.key())) {
                    continue;
                }
                Random noise = new Random(SEED * 31 + (issue.key() + "/" + rater).hashCode());
                for (int c = 0; c < criteria.size(); c++) {
                    Criterion criterion = criteria.get(c);
                    if (criterion.key().equals(missing.get(issue.key()))) {
                        continue;
                    }
                    double t = truth.getOrDefault(criterion.key(), 3.0)
                            + BIAS.getOrDefault(rater, Map.of()).getOrDefault(criterion.key(), 0.0)
                            + noise.nextGaussian() * 0.15;
                    values[r][c] = roundAtRandom(t, criterion.minScore(), criterion.maxScore(), noise);
                }
            }
            if (disputes.contains(issue.key())) {
                dispute(issue, values, criteria, truth);
            }
            for (int r = 0; r < raters.size(); r++) {
                for (int c = 0; c < criteria.size(); c++) {
                    if (values[r][c] != null) {
                        out.add(new Score(raters.get(r).username(), issue.key(), criteria.get(c).key(),
                                values[r][c]));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    static boolean isOpen(Issue issue) {
        return !issue.status().equals("DONE") && !issue.status().equals("REJECTED");
    }

    /** The proposal kind an issue's proposal starts with, or null. */
    static String proposalKind(String proposal) {
        return DemoCity.PROPOSAL_KINDS.stream().filter(proposal::startsWith).findFirst().orElse(null);
    }

    /** The hidden "true" value (a real number in 1..5) of an issue on each criterion. */
    static Map<String, Double> profile(Issue issue) {
        String category = issue.category();
        String kind = String.valueOf(proposalKind(issue.proposal()));
        int depts = issue.deptCodes().size();
        Double hours = issue.annualHours();
        String text = issue.title() + issue.description() + issue.background();

        double citizen = switch (category) {
            case "窓口" -> 4.0;
            case "電話対応" -> 3.6;
            case "紙・押印" -> 2.6;
            case "情報共有" -> 2.2;
            case "二重入力" -> 1.9;
            case "古い端末" -> 1.7;
            case "集計・報告" -> 1.5;
            default -> 1.4;
        } + switch (kind) {
            case "電子申請", "Web公開" -> 0.8;
            case "チャットボット" -> 0.6;
            default -> 0.0;
        };
        // Hours at stake map to the staff benefit on a log scale: 20 h is about 1.3, 3,000 h about 4.
        double staff = (hours == null ? 2.8 : 1.0 + 1.25 * Math.log10(hours / 12.0)) + switch (category) {
            case "二重入力", "集計・報告" -> 0.4;
            case "紙・押印" -> 0.3;
            default -> 0.0;
        };
        long urgentWords = URGENT_WORDS.stream().filter(text::contains).count();
        double urgency = switch (category) {
            case "古い端末" -> 3.4;
            case "窓口" -> 3.0;
            case "電話対応" -> 2.8;
            default -> 2.3;
        } + Math.min(1.4, 0.8 * urgentWords);
        double spread = 1.0 + 0.75 * (depts - 1) + switch (category) {
            case "紙・押印", "情報共有", "古い端末" -> 0.6;
            default -> 0.0;
        } + switch (kind) {
            case "ファイル共有基盤", "電子決裁", "ノーコードツール" -> 0.5;
            default -> 0.0;
        };
        double cost = switch (kind) {
            case "ハードウェア更新" -> 4.0;
            case "電子決裁" -> 3.8;
            case "Web公開" -> 3.2;
            case "電子申請", "ファイル共有基盤" -> 3.0;
            case "チャットボット" -> 2.6;
            case "RPA" -> 2.3;
            case "ノーコードツール" -> 1.6;
            default -> 1.3;
        } + (depts >= 4 ? 0.4 : 0.0) + (hours != null && hours >= 1000 ? 0.3 : 0.0);
        double difficulty = switch (kind) {
            case "電子決裁" -> 3.6;
            case "ファイル共有基盤" -> 3.2;
            case "電子申請" -> 2.9;
            case "Web公開" -> 2.8;
            case "業務プロセス見直し" -> 2.6;
            case "RPA" -> 2.5;
            case "チャットボット" -> 2.4;
            default -> 1.8;
        } + (category.equals("庁内調整") ? 0.8 : 0.0) + 0.25 * (depts - 1);

        // Issues the team already chose looked better than average when they were scored; rejected ones worse.
        switch (issue.status()) {
            case "PLANNED", "IN_PROGRESS", "DONE" -> {
                citizen += 0.3;
                staff += 0.3;
                urgency += 0.3;
            }
            case "REJECTED" -> {
                staff -= 0.4;
                urgency -= 0.8;
            }
            default -> {}
        }

        Random own = new Random(SEED ^ issue.key().hashCode());
        Map<String, Double> truth = new HashMap<>();
        truth.put("CITIZEN", citizen);
        truth.put("STAFF", staff);
        truth.put("URGENCY", urgency);
        truth.put("SPREAD", spread);
        truth.put("COST", cost);
        truth.put("DIFFICULTY", difficulty);
        for (String key : List.of("CITIZEN", "STAFF", "URGENCY", "SPREAD", "COST", "DIFFICULTY")) {
            truth.put(key, clamp(truth.get(key) + own.nextGaussian() * 0.35, 1, 5));
        }
        return truth;
    }

    /**
     * Rounds up with probability equal to the fraction (3.3 gives 4 three times in ten), so raters who share a
     * profile land on neighbouring values and rarely two apart.
     */
    private static int roundAtRandom(double t, int min, int max, Random random) {
        double x = clamp(t, min, max);
        int floor = (int) Math.floor(x);
        return floor + (random.nextDouble() < x - floor ? 1 : 0);
    }

    /** Moves one rater two points away from the others on one criterion, towards the side with room. */
    private static void dispute(Issue issue, Integer[][] values, List<Criterion> criteria, Map<String, Double> truth) {
        Random random = new Random(SEED + issue.key().hashCode());
        int c = random.nextInt(criteria.size());
        int odd = random.nextInt(values.length);
        Criterion criterion = criteria.get(c);
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int r = 0; r < values.length; r++) {
            if (r != odd) {
                min = Math.min(min, values[r][c]);
                max = Math.max(max, values[r][c]);
            }
        }
        boolean down = truth.get(criterion.key()) >= 3.0;
        if (down && min - 2 >= criterion.minScore() || max + 2 > criterion.maxScore()) {
            values[odd][c] = Math.max(criterion.minScore(), min - 2);
        } else {
            values[odd][c] = max + 2;
        }
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
