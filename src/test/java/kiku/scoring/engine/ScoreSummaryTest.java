package kiku.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreSummaryTest {

    @Test
    void cellsAndRatersOfASmallIssue() {
        ScoreSummary s = ScoreSummary.of(List.of(new ScoreSummary.Entry(1, "sato", 4),
                new ScoreSummary.Entry(1, "tanaka", 1), new ScoreSummary.Entry(2, "tanaka", 5)));
        assertEquals(new CellStats(2, 2.5, 1, 4), s.stats().get(1L));
        assertEquals(new CellStats(1, 5.0, 5, 5), s.stats().get(2L));
        assertEquals(2, s.raterCount(List.of(1L)));
        assertEquals(1, s.raterCount(List.of(2L)));
        assertEquals(0, s.raterCount(List.of(3L)));
        assertEquals("sato,tanaka|1:2:5:1:4:0.1;2:1:5:5:5:1", s.encode());
    }

    @Test
    void aComputedValueCountsAsAValueButNotAsARater() {
        ScoreSummary s = ScoreSummary.decode(ScoreSummary.of(List.of(new ScoreSummary.Entry(3, null, 4))).encode());
        assertEquals(new CellStats(1, 4.0, 4, 4), s.stats().get(3L));
        assertEquals(0, s.raterCount(List.of(3L)));
        ScoreSummary mixed = ScoreSummary.decode(ScoreSummary.of(List.of(new ScoreSummary.Entry(3, null, 4),
                new ScoreSummary.Entry(1, "sato", 2))).encode());
        assertEquals(1, mixed.raterCount(List.of(1L, 3L)));
        assertEquals(new CellStats(1, 4.0, 4, 4), mixed.stats().get(3L));
    }

    @Test
    void noScoresIsTheEmptyText() {
        assertEquals("", ScoreSummary.of(List.of()).encode());
        assertTrue(ScoreSummary.decode(null).stats().isEmpty());
        assertTrue(ScoreSummary.decode("").stats().isEmpty());
    }

    @Test
    void raterNamesWithSeparatorsSurviveTheTextForm() {
        ScoreSummary s = ScoreSummary.of(List.of(new ScoreSummary.Entry(7, "a,b|c:d;e.f 佐藤", 3),
                new ScoreSummary.Entry(7, "x", 2)));
        ScoreSummary back = ScoreSummary.decode(s.encode());
        assertEquals(s.encode(), back.encode());
        assertEquals(2, back.raterCount(List.of(7L)));
    }

    /**
     * Random issues: the summary (also after a text round trip, which gives the same text) equals a
     * direct computation from the rows; 14 raters, so rater indexes take two digits.
     */
    @Test
    void matchesTheScoresItSummarises() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<ScoreSummary.Entry> entries = new ArrayList<>();
            Map<Long, List<Integer>> values = new HashMap<>();
            Map<Long, Set<String>> who = new HashMap<>();
            for (long c = 1; c <= 8; c++) {
                for (int r = 0; r < 14; r++) {
                    if (random.nextInt(3) == 0) {
                        int v = -5 + random.nextInt(20);
                        entries.add(new ScoreSummary.Entry(c, "rater" + r, v));
                        values.computeIfAbsent(c, k -> new ArrayList<>()).add(v);
                        who.computeIfAbsent(c, k -> new HashSet<>()).add("rater" + r);
                    }
                }
            }
            String text = ScoreSummary.of(entries).encode();
            ScoreSummary s = ScoreSummary.decode(text);
            assertEquals(text, s.encode());
            assertEquals(values.keySet(), s.stats().keySet());
            values.forEach((c, v) -> assertEquals(CellStats.of(v.stream().mapToInt(Integer::intValue).toArray()),
                    s.stats().get(c)));
            List<Long> some = List.of(1L, 3L, 5L);
            Set<String> union = new HashSet<>();
            some.forEach(c -> union.addAll(who.getOrDefault(c, Set.of())));
            assertEquals(union.size(), s.raterCount(some));
        }
    }
}
