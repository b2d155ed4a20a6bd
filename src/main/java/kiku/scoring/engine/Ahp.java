package kiku.scoring.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/** Weights from a pairwise comparison matrix and Saaty's consistency check (SCORING.md §6). */
public final class Ahp {

    public static final int MIN_SIZE = 2;
    public static final int MAX_SIZE = 10;
    public static final double CONSISTENCY_LIMIT = 0.10;
    /** Relative tolerance, because users type 0.333 for 1/3. */
    private static final double TOLERANCE = 1e-3;
    private static final double CONVERGENCE = 1e-12;
    /** Positive matrices always converge long before this; it only guards against looping forever. */
    private static final int MAX_ITERATIONS = 10_000;
    /** Saaty's random index, indexed by n; a 2x2 reciprocal matrix is always consistent, hence no entry. */
    private static final double[] RANDOM_INDEX = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};

    public record AhpResult(double[] weights, double lambdaMax, double consistencyIndex, double consistencyRatio,
            boolean consistent) {

        // Arrays are mutable and compare by identity, so the record copies them and compares contents.
        public AhpResult {
            weights = weights.clone();
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AhpResult r && Arrays.equals(weights, r.weights)
                    && Double.compare(lambdaMax, r.lambdaMax) == 0
                    && Double.compare(consistencyRatio, r.consistencyRatio) == 0
                    && Double.compare(consistencyIndex, r.consistencyIndex) == 0 && consistent == r.consistent;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(weights) + Double.hashCode(lambdaMax);
        }

        @Override
        public String toString() {
            return "AhpResult[weights=" + Arrays.toString(weights) + ", lambdaMax=" + lambdaMax + ", consistencyIndex="
                    + consistencyIndex + ", consistencyRatio=" + consistencyRatio + ", consistent=" + consistent + "]";
        }
    }

    /** Names the offending cell (0-based) so the form can mark it; row and column are -1 for a wrong shape. */
    /** Which rule of SCORING.md §6 a cell breaks; SIZE for the matrix as a whole (row and column -1). */
    public enum Rule { SIZE, DIAGONAL, POSITIVE, RECIPROCAL }

    public static final class InvalidMatrixException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int row;
        private final int column;
        private final Rule rule;
        private final String expected;
        private final String got;

        InvalidMatrixException(String message) {
            this(-1, -1, Rule.SIZE, null, null, message);
        }

        /** {@code expected} and {@code got}: the cell's values to show, six significant digits. */
        InvalidMatrixException(int row, int column, Rule rule, String expected, String got, String message) {
            super(message);
            this.row = row;
            this.column = column;
            this.rule = rule;
            this.expected = expected;
            this.got = got;
        }

        public Rule rule() {
            return rule;
        }

        /** The value the cell should hold (1, or 1/a(j,i)); null where any positive number would do. */
        public String expected() {
            return expected;
        }

        public String got() {
            return got;
        }

        public int row() {
            return row;
        }

        public int column() {
            return column;
        }
    }

    private Ahp() {}

    public static AhpResult evaluate(double[][] matrix) {
        int n = validate(matrix);
        double[] w = principalEigenvector(matrix);
        double[] aw = multiply(matrix, w);
        double lambdaMax = 0;
        for (int i = 0; i < n; i++) {
            lambdaMax += aw[i] / w[i];
        }
        lambdaMax /= n;
        double ci = (lambdaMax - n) / (n - 1); // for n = 2 only rounding's distance from 2 (SCORING.md §6)
        double cr = n <= 2 ? 0 : ci / RANDOM_INDEX[n];
        return new AhpResult(w, lambdaMax, ci, cr, cr < CONSISTENCY_LIMIT);
    }

    private static int validate(double[][] a) {
        if (a == null) {
            throw new InvalidMatrixException("the comparison matrix is missing");
        }
        int n = a.length;
        if (n < MIN_SIZE || n > MAX_SIZE) {
            throw new InvalidMatrixException(
                    "the matrix must compare between " + MIN_SIZE + " and " + MAX_SIZE + " criteria, got " + n);
        }
        for (int i = 0; i < n; i++) {
            int length = a[i] == null ? 0 : a[i].length;
            if (length != n) {
                throw new InvalidMatrixException("the matrix must be square: row " + i + " has " + length
                        + " entries, expected " + n);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i][j];
                // Written as !(ok) so that NaN fails too.
                if (i == j && !(Math.abs(v - 1) <= TOLERANCE)) {
                    throw new InvalidMatrixException(i, j, Rule.DIAGONAL, "1", format(v),
                            cell(i, j) + " must be 1, got " + format(v));
                }
                if (!(Double.isFinite(v) && v > 0)) {
                    throw new InvalidMatrixException(i, j, Rule.POSITIVE, null, format(v),
                            cell(i, j) + " must be a positive number, got " + format(v));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                // |a(j,i) - 1/a(i,j)| relative to 1/a(i,j) is the same as |a(i,j) * a(j,i) - 1|.
                if (!(Math.abs(a[i][j] * a[j][i] - 1) <= TOLERANCE)) {
                    throw new InvalidMatrixException(j, i, Rule.RECIPROCAL, format(1 / a[i][j]), format(a[j][i]),
                            cell(j, i) + " must be 1/a[" + i + "][" + j + "] = " + format(1 / a[i][j]) + ", got "
                            + format(a[j][i]));
                }
            }
        }
        return n;
    }

    /** Power iteration from the uniform vector; one step is exact for a consistent (rank-one) matrix. */
    private static double[] principalEigenvector(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = multiply(a, w);
            double sum = 0;
            for (double v : next) {
                sum += v;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            w = next;
            if (change < CONVERGENCE) {
                break;
            }
        }
        return w;
    }

    private static double[] multiply(double[][] a, double[] w) {
        double[] result = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                result[i] += a[i][j] * w[j];
            }
        }
        return result;
    }

    private static String cell(int row, int column) {
        return "cell [" + row + "][" + column + "]";
    }

    /** Six significant digits: enough to recognise 0.333333 without printing 0.33333333333333331. */
    private static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
