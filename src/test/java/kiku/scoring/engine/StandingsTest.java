package kiku.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandingsTest {

    /** Totals on a coarse grid, many equal and some a few ulps apart: SCORING.md §4's ties. */
    private static double total(Random random) {
        double total = random.nextInt(40) * 2.5;
        return random.nextInt(4) == 0 ? Math.nextUp(total) : total;
    }

    @Test
    void listsByRankThenIdWithCompetitionRanks() {
        Standings standings = Standings.of(List.of(new Ranking.Scored(7, 50), new Ranking.Scored(3, 80),
                new Ranking.Scored(5, 50), new Ranking.Scored(9, Math.nextUp(50.0)), new Ranking.Scored(2, 10)), List.of(11L, 4L));

        assertEquals(List.of(new Ranking.RankedItem(1, 3, 80), new Ranking.RankedItem(2, 5, 50),
                new Ranking.RankedItem(2, 7, 50), new Ranking.RankedItem(2, 9, Math.nextUp(50.0)),
                new Ranking.RankedItem(5, 2, 10)), standings.items());
        assertEquals(List.of(4L, 11L), standings.unscored());
        assertEquals(5, standings.size());
        assertEquals(new Ranking.RankedItem(2, 9, Math.nextUp(50.0)), standings.find(9));
        assertNull(standings.find(4), "an unscored issue has no rank");
        assertEquals(List.of(new Ranking.RankedItem(2, 7, 50), new Ranking.RankedItem(2, 9, Math.nextUp(50.0))),
                standings.page(2, 2));
        assertEquals(List.of(), standings.page(9, 2));
    }

    @Test
    void aFilteredPageKeepsTheWholeListingsRanksAndCountsWhatMatches() {
        Standings standings = Standings.of(List.of(new Ranking.Scored(1, 90), new Ranking.Scored(2, 80),
                new Ranking.Scored(3, 70), new Ranking.Scored(4, 60), new Ranking.Scored(5, 50)), List.of());

        Standings.Page odd = standings.page(id -> id % 2 == 1, 1, 1);

        assertEquals(List.of(new Ranking.RankedItem(3, 3, 70)), odd.items());
        assertEquals(3, odd.matching());
        assertEquals(0, standings.page(id -> false, 0, 50).matching());
    }

    /** The incremental update must give exactly what ranking everything again gives. */
    @Test
    void changingSomeIssuesEqualsRankingEverythingAgain() {
        Random random = new Random(20261127);
        Map<Long, Double> totals = new HashMap<>();
        Set<Long> unscored = new HashSet<>();
        for (long id = 1; id <= 2_000; id++) {
            if (random.nextInt(10) == 0) {
                unscored.add(id);
            } else {
                totals.put(id, total(random));
            }
        }
        Standings standings = of(totals, unscored);
        for (int round = 0; round < 200; round++) {
            List<Long> changed = new ArrayList<>();
            Map<Long, Double> ranked = new HashMap<>();
            List<Long> unscoredNow = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(round % 10 == 0 ? 300 : 4); k++) {
                long id = 1 + random.nextInt(2_100); // some ids are new issues
                if (changed.contains(id)) {
                    continue;
                }
                changed.add(id);
                totals.remove(id);
                unscored.remove(id);
                switch (random.nextInt(3)) {
                    case 0 -> {
                        double total = total(random);
                        ranked.put(id, total);
                        totals.put(id, total);
                    }
                    case 1 -> {
                        unscoredNow.add(id);
                        unscored.add(id);
                    }
                    default -> { } // closed or deleted
                }
            }
            standings = standings.with(changed, ranked, unscoredNow);

            Standings fresh = of(totals, unscored);
            assertEquals(fresh.items(), standings.items(), "round " + round);
            assertEquals(fresh.unscored(), standings.unscored(), "round " + round);
        }
    }

    private static Standings of(Map<Long, Double> totals, Set<Long> unscored) {
        List<Ranking.Scored> scored = new ArrayList<>();
        totals.forEach((id, total) -> scored.add(new Ranking.Scored(id, total)));
        return Standings.of(scored, unscored);
    }
}
