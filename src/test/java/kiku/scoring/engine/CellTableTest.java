package kiku.scoring.engine;

import static kiku.scoring.engine.Direction.BENEFIT;
import static kiku.scoring.engine.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CellTableTest {

    private static final List<CriterionSpec> CRITERIA = List.of(
            new CriterionSpec(1, 3, 1, 5, BENEFIT, true),
            new CriterionSpec(2, 2, 1, 5, COST, true),
            new CriterionSpec(3, 0, 1, 5, BENEFIT, true), // weight 0: not a ranking criterion
            new CriterionSpec(4, 1, 0, 10, BENEFIT, true),
            new CriterionSpec(5, 4, 1, 5, BENEFIT, false)); // inactive

    /** 300 issues (the builder grows past its first 64 rows) with random cells, some missing, some unscored. */
    private static Map<Long, Map<Long, CellStats>> randomIssues(Random random) {
        Map<Long, Map<Long, CellStats>> issues = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            Map<Long, CellStats> cells = new HashMap<>();
            for (CriterionSpec c : CRITERIA) {
                if (random.nextInt(10) > 0) {
                    int[] values = random.ints(1 + random.nextInt(5), c.minScore(), c.maxScore() + 1).toArray();
                    cells.put(c.id(), CellStats.of(values));
                }
            }
            // Shuffled ids: the table sorts them.
            issues.put(5000L - 7 * i + (i % 2 == 0 ? 3000 : 0), i % 17 == 0 ? Map.of() : cells);
        }
        return issues;
    }

    @Test
    void holdsEveryCellOfTheMapAndNothingElse() {
        Map<Long, Map<Long, CellStats>> issues = randomIssues(new Random(7));
        CellTable table = CellTable.of(issues);
        assertEquals(issues.size(), table.size());
        issues.forEach((id, cells) -> assertEquals(cells, table.cells(id), "issue " + id));
        for (int row = 1; row < table.size(); row++) {
            assertTrue(table.issueId(row - 1) < table.issueId(row), "rows ascend by issue id");
        }
        assertEquals(-1, table.row(123_456));
        assertEquals(Map.of(), table.cells(123_456));
        assertEquals(-1, table.column(99));
    }

    @Test
    void totalsAreBitForBitThoseOfEvaluate() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            Map<Long, Map<Long, CellStats>> issues = randomIssues(random);
            Map<Long, Double> expected = new HashMap<>();
            issues.forEach((id, cells) -> {
                Evaluation e = Ranking.evaluate(id, cells, CRITERIA);
                if (e.ranked()) {
                    expected.put(id, e.total());
                }
            });
            Map<Long, Double> actual = new HashMap<>();
            Ranking.totals(CellTable.of(issues), CRITERIA).forEach(s -> actual.put(s.issueId(), s.total()));
            assertEquals(expected, actual);
            assertFalse(actual.isEmpty());
        }
    }

    @Test
    void aTableWithoutAColumnForARankingCriterionRanksNothing() {
        CellTable table = CellTable.builder(List.of(1L, 2L, 3L))
                .add(10, Map.of(1L, CellStats.of(5), 2L, CellStats.of(1), 4L, CellStats.of(7)))
                .build();
        assertEquals(Map.of(1L, CellStats.of(5), 2L, CellStats.of(1)), table.cells(10), "criterion 4 has no column");
        assertEquals(List.of(), Ranking.totals(table, CRITERIA));
        assertNull(table.cell(0, 2));
    }

    @Test
    void rowsMustBeAddedInAscendingIssueOrder() {
        CellTable.Builder builder = CellTable.builder(List.of(1L)).add(5, Map.of());
        assertThrows(IllegalArgumentException.class, () -> builder.add(5, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> builder.add(4, Map.of()));
        assertEquals(1, builder.add(6, Map.of()).build().row(6));
    }

    /**
     * Rows read straight from the stored text hold the very cells the decoded summary gives, means
     * bit for bit: raters with commas and Japanese names, negative and zero values, many raters.
     */
    @Test
    void rowsFromSummaryTextEqualRowsFromDecodedSummaries() {
        Random random = new Random(20261127);
        List<String> raters = List.of("山田,太郎", "鈴木", "a:b|c;d", "rater");
        CellTable.Builder fromText = CellTable.builder(List.of(1L, 2L, 4L, 12L));
        CellTable.Builder fromMaps = CellTable.builder(List.of(1L, 2L, 4L, 12L));
        for (long id = 1; id <= 500; id++) {
            List<ScoreSummary.Entry> entries = new java.util.ArrayList<>();
            for (long criterion : List.of(1L, 2L, 3L, 12L)) {
                for (String rater : raters) {
                    if (random.nextInt(3) > 0) {
                        entries.add(new ScoreSummary.Entry(criterion, rater, random.nextInt(21) - 10));
                    }
                }
            }
            if (random.nextInt(5) == 0) {
                entries.add(new ScoreSummary.Entry(4, null, random.nextInt(1000))); // a computed value
            }
            String text = id % 50 == 0 ? null : ScoreSummary.of(entries).encode();
            fromText.add(id, text);
            fromMaps.add(id, ScoreSummary.decode(text).stats());
        }
        CellTable expected = fromMaps.build();
        CellTable actual = fromText.build();
        assertEquals(expected.size(), actual.size());
        for (int row = 0; row < expected.size(); row++) {
            assertEquals(expected.cells(expected.issueId(row)), actual.cells(actual.issueId(row)), "row " + row);
        }
    }
}
