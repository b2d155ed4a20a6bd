package kiku.scoring.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cells of many issues in primitive arrays, one row per issue (ascending id) and one column per
 * criterion: what previews, sensitivity analyses and the matrix read for every open issue. At
 * national scale (90,000 issues x 8 criteria) it holds about 15 MB, where a map of maps of
 * {@link CellStats} held about 80 MB and did not fit a small server's heap (docs/PERFORMANCE.md).
 */
public final class CellTable {

    private final long[] issueIds;
    private final long[] criterionIds;
    /** Row-major, rows x columns; a count of 0 marks a cell nobody has scored. */
    private final int[] counts;
    private final double[] means;
    private final int[] mins;
    private final int[] maxes;

    private CellTable(Builder b) {
        issueIds = Arrays.copyOf(b.issueIds, b.rows);
        criterionIds = b.criterionIds;
        int cells = b.rows * criterionIds.length;
        counts = Arrays.copyOf(b.counts, cells);
        means = Arrays.copyOf(b.means, cells);
        mins = Arrays.copyOf(b.mins, cells);
        maxes = Arrays.copyOf(b.maxes, cells);
    }

    /** A table with a column for every criterion id given; cells of other criteria are left out. */
    public static Builder builder(Collection<Long> criterionIds) {
        return new Builder(criterionIds);
    }

    /** Every issue and criterion of a map keyed by issue id, then criterion id (a null or empty map is an unscored issue). */
    public static CellTable of(Map<Long, Map<Long, CellStats>> cellsByIssue) {
        TreeSet<Long> criteria = new TreeSet<>();
        cellsByIssue.values().forEach(cells -> {
            if (cells != null) {
                criteria.addAll(cells.keySet());
            }
        });
        Builder builder = builder(criteria);
        new TreeMap<>(cellsByIssue).forEach((id, cells) -> builder.add(id, cells == null ? Map.of() : cells));
        return builder.build();
    }

    public int size() {
        return issueIds.length;
    }

    public long issueId(int row) {
        return issueIds[row];
    }

    /** The row of an issue, or -1 if the table does not hold it. */
    public int row(long issueId) {
        int row = Arrays.binarySearch(issueIds, issueId);
        return row >= 0 ? row : -1;
    }

    /** The column of a criterion, or -1 if the table has none for it. */
    public int column(long criterionId) {
        for (int c = 0; c < criterionIds.length; c++) {
            if (criterionIds[c] == criterionId) {
                return c;
            }
        }
        return -1;
    }

    public boolean scored(int row, int column) {
        return counts[row * criterionIds.length + column] > 0;
    }

    public double mean(int row, int column) {
        return means[row * criterionIds.length + column];
    }

    /** The cell at (row, column), or null if nobody has scored it. */
    public CellStats cell(int row, int column) {
        int at = row * criterionIds.length + column;
        return counts[at] > 0 ? new CellStats(counts[at], means[at], mins[at], maxes[at]) : null;
    }

    /** One issue's cells keyed by criterion id, as {@link Ranking#evaluate} takes them; empty if the issue is not held. */
    public Map<Long, CellStats> cells(long issueId) {
        int row = row(issueId);
        Map<Long, CellStats> cells = new LinkedHashMap<>();
        for (int c = 0; row >= 0 && c < criterionIds.length; c++) {
            CellStats cell = cell(row, c);
            if (cell != null) {
                cells.put(criterionIds[c], cell);
            }
        }
        return cells;
    }

    /** Rows are added in ascending issue id; the arrays grow as an ArrayList's would. */
    public static final class Builder {
        private final long[] criterionIds;
        private long[] issueIds = new long[64];
        private int[] counts;
        private double[] means;
        private int[] mins;
        private int[] maxes;
        private int rows;

        private Builder(Collection<Long> criterionIds) {
            this.criterionIds = criterionIds.stream().distinct().mapToLong(Long::longValue).toArray();
            int cells = issueIds.length * this.criterionIds.length;
            counts = new int[cells];
            means = new double[cells];
            mins = new int[cells];
            maxes = new int[cells];
        }

        public Builder add(long issueId, Map<Long, CellStats> cells) {
            startRow(issueId);
            int m = criterionIds.length;
            for (int c = 0; c < m; c++) {
                CellStats cell = cells.get(criterionIds[c]);
                if (cell != null) {
                    int at = rows * m + c;
                    counts[at] = cell.count();
                    means[at] = cell.mean();
                    mins[at] = cell.min();
                    maxes[at] = cell.max();
                }
            }
            rows++;
            return this;
        }

        /** An issue's row straight from its stored summary text ({@link ScoreSummary#encode()}), with the same means. */
        public Builder add(long issueId, String summary) {
            startRow(issueId);
            int m = criterionIds.length;
            ScoreSummary.visitCells(summary, (criterionId, count, sum, min, max) -> {
                for (int c = 0; c < m; c++) {
                    if (criterionIds[c] == criterionId) {
                        int at = rows * m + c;
                        counts[at] = count;
                        means[at] = (double) sum / count;
                        mins[at] = min;
                        maxes[at] = max;
                        return;
                    }
                }
            });
            rows++;
            return this;
        }

        private void startRow(long issueId) {
            if (rows > 0 && issueId <= issueIds[rows - 1]) {
                throw new IllegalArgumentException("issue ids must ascend: " + issueId + " after " + issueIds[rows - 1]);
            }
            if (rows == issueIds.length) {
                grow();
            }
            issueIds[rows] = issueId;
        }

        public CellTable build() {
            return new CellTable(this);
        }

        private void grow() {
            int capacity = issueIds.length * 2;
            int cells = capacity * criterionIds.length;
            issueIds = Arrays.copyOf(issueIds, capacity);
            counts = Arrays.copyOf(counts, cells);
            means = Arrays.copyOf(means, cells);
            mins = Arrays.copyOf(mins, cells);
            maxes = Arrays.copyOf(maxes, cells);
        }
    }
}
