package kiku.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import kiku.scoring.engine.Ahp.AhpResult;
import kiku.scoring.engine.Ahp.InvalidMatrixException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AhpTest {

    @Test
    void twoByTwo() {
        AhpResult r = Ahp.evaluate(new double[][] {{1, 3}, {1.0 / 3, 1}});
        assertArrayEquals(new double[] {0.75, 0.25}, r.weights(), 1e-12);
        assertEquals(2, r.lambdaMax(), 1e-12);
        assertEquals(0, r.consistencyIndex(), 1e-12);
        assertEquals(0, r.consistencyRatio());
        assertTrue(r.consistent());
    }

    /** API.md's example: 0.3333 is within the tolerance of 1/3; CI follows the formula, CR is 0 for n = 2. */
    @Test
    void twoByTwoWithRoundedReciprocal() {
        AhpResult r = Ahp.evaluate(new double[][] {{1, 3}, {0.3333, 1}});
        double lambda = (1 + 3 * r.weights()[1] / r.weights()[0] + 0.3333 * r.weights()[0] / r.weights()[1] + 1) / 2;
        assertEquals(lambda, r.lambdaMax(), 1e-12);
        assertTrue(r.lambdaMax() < 2, "below 2 when a(1,0) < 1/a(0,1): " + r.lambdaMax());
        assertEquals(r.lambdaMax() - 2, r.consistencyIndex(), 1e-15);
        assertTrue(r.consistencyIndex() < 0);
        assertEquals(0, r.consistencyRatio());
        assertTrue(r.consistent());
    }

    @ParameterizedTest(name = "a(0,1) = {0}")
    @ValueSource(doubles = {1, 2, 5, 9, 1.0 / 9})
    void twoByTwoWeightsAreTheRatio(double a) {
        AhpResult r = Ahp.evaluate(new double[][] {{1, a}, {1 / a, 1}});
        assertArrayEquals(new double[] {a / (1 + a), 1 / (1 + a)}, r.weights(), 1e-12);
        assertTrue(r.consistent());
    }

    @Test
    void consistentThreeByThree() {
        AhpResult r = Ahp.evaluate(new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
        assertArrayEquals(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, r.weights(), 1e-12);
        assertEquals(3, r.lambdaMax(), 1e-9);
        assertEquals(0, r.consistencyIndex(), 1e-9);
        assertEquals(0, r.consistencyRatio(), 1e-9);
        assertTrue(r.consistent());
    }

    @Test
    void consistentFourByFourRecoversTheWeights() {
        double[] w = {0.4, 0.3, 0.2, 0.1};
        double[][] a = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                a[i][j] = w[i] / w[j];
            }
        }
        AhpResult r = Ahp.evaluate(a);
        assertArrayEquals(w, r.weights(), 1e-12);
        assertEquals(4, r.lambdaMax(), 1e-9);
        assertTrue(r.consistent());
    }

    /*
     * For a 3x3 reciprocal matrix the eigenvector is the normalised row geometric means, and with
     * k = a01 * a12 / a02, lambdaMax = 1 + k^(1/3) + k^(-1/3).
     */
    @Test
    void inconsistentThreeByThree() {
        // k = 2 * 4 / 1 = 8, so lambdaMax = 1 + 2 + 0.5 = 3.5.
        // Row geometric means: 2^(1/3), (0.5 * 4)^(1/3) = 2^(1/3), (0.25)^(1/3) = 2^(-2/3), i.e. 2 : 2 : 1.
        // Check: A w = (0.4 + 0.8 + 0.2, 0.2 + 0.4 + 0.8, 0.4 + 0.1 + 0.2) = 3.5 * (0.4, 0.4, 0.2).
        // CI = (3.5 - 3) / 2 = 0.25; CR = 0.25 / 0.58 = 0.4310...; not below 0.10.
        AhpResult r = Ahp.evaluate(new double[][] {{1, 2, 1}, {0.5, 1, 4}, {1, 0.25, 1}});
        assertArrayEquals(new double[] {0.4, 0.4, 0.2}, r.weights(), 1e-10);
        assertEquals(3.5, r.lambdaMax(), 1e-9);
        assertEquals(0.25, r.consistencyIndex(), 1e-9);
        assertEquals(0.25 / 0.58, r.consistencyRatio(), 1e-9);
        assertFalse(r.consistent());
    }

    @Test
    void slightlyInconsistentIsStillConsistent() {
        // k = 5 * 5 / 12.8 = 1.953125 = 1.25^3, so lambdaMax = 1 + 1.25 + 0.8 = 3.05.
        // Row geometric means: (5 * 12.8)^(1/3) = 4, (0.2 * 5)^(1/3) = 1, (1 / 64)^(1/3) = 0.25 -> 16 : 4 : 1.
        // CI = 0.05 / 2 = 0.025; CR = 0.025 / 0.58 = 0.0431 < 0.10.
        AhpResult r = Ahp.evaluate(new double[][] {{1, 5, 12.8}, {0.2, 1, 5}, {1 / 12.8, 0.2, 1}});
        assertArrayEquals(new double[] {16.0 / 21, 4.0 / 21, 1.0 / 21}, r.weights(), 1e-10);
        assertEquals(3.05, r.lambdaMax(), 1e-9);
        assertEquals(0.025, r.consistencyIndex(), 1e-9);
        assertEquals(0.025 / 0.58, r.consistencyRatio(), 1e-9);
        assertTrue(r.consistent());
    }

    @Test
    void randomTenByTenGivesThePrincipalEigenvector() {
        Random random = new Random(42);
        double[] saaty = {1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3, 1, 3, 5, 7, 9};
        double[][] a = new double[10][10];
        for (int i = 0; i < 10; i++) {
            a[i][i] = 1;
            for (int j = i + 1; j < 10; j++) {
                a[i][j] = saaty[random.nextInt(saaty.length)];
                a[j][i] = 1 / a[i][j];
            }
        }
        AhpResult r = Ahp.evaluate(a);
        double[] w = r.weights();
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            assertTrue(w[i] > 0);
            sum += w[i];
            double aw = 0;
            for (int j = 0; j < 10; j++) {
                aw += a[i][j] * w[j];
            }
            assertEquals(r.lambdaMax() * w[i], aw, 1e-9, "row " + i);
        }
        assertEquals(1, sum, 1e-12);
        assertTrue(r.lambdaMax() >= 10 - 1e-9, "Perron root of a reciprocal matrix is at least n");
        assertEquals((r.lambdaMax() - 10) / 9 / 1.49, r.consistencyRatio(), 1e-12);
    }

    @Test
    void reciprocalWithinTheRelativeTolerance() {
        // 3 * 0.3334 = 1.0002, within 1e-3 of 1
        AhpResult r = Ahp.evaluate(new double[][] {{1, 3}, {0.3334, 1}});
        assertEquals(1, r.weights()[0] + r.weights()[1], 1e-12);
    }

    static Stream<Arguments> invalidMatrices() {
        double third = 1.0 / 3;
        return Stream.of(
                Arguments.of("not reciprocal", new double[][] {{1, 3, 5}, {third, 1, 2}, {0.2, 0.4, 1}}, 2, 1,
                        "cell [2][1] must be 1/a[1][2] = 0.5, got 0.4"),
                Arguments.of("just outside the tolerance", new double[][] {{1, 3}, {0.3, 1}}, 1, 0,
                        "cell [1][0] must be 1/a[0][1] = 0.333333, got 0.3"),
                Arguments.of("zero", new double[][] {{1, 0}, {1, 1}}, 0, 1, "cell [0][1] must be a positive number"),
                Arguments.of("negative", new double[][] {{1, 3}, {-third, 1}}, 1, 0,
                        "cell [1][0] must be a positive number, got -0.333333"),
                Arguments.of("not a number", new double[][] {{1, Double.NaN}, {1, 1}}, 0, 1, "cell [0][1]"),
                Arguments.of("infinite", new double[][] {{1, 1}, {Double.POSITIVE_INFINITY, 1}}, 1, 0, "cell [1][0]"),
                Arguments.of("wrong diagonal", new double[][] {{1, 2}, {0.5, 2}}, 1, 1, "cell [1][1] must be 1, got 2"),
                Arguments.of("not square", new double[][] {{1, 2, 3}, {0.5, 1, 2}}, -1, -1, "must be square"),
                Arguments.of("ragged", new double[][] {{1, 2}, {0.5}}, -1, -1, "row 1 has 1 entries, expected 2"),
                Arguments.of("missing row", new double[][] {{1, 2}, null}, -1, -1, "row 1 has 0 entries"),
                Arguments.of("n = 1", new double[][] {{1}}, -1, -1, "between 2 and 10 criteria, got 1"),
                Arguments.of("n = 11", ones(11), -1, -1, "between 2 and 10 criteria, got 11"),
                Arguments.of("n = 0", new double[0][0], -1, -1, "got 0"),
                Arguments.of("no matrix", null, -1, -1, "missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMatrices")
    void rejectsInvalidMatrices(String name, double[][] matrix, int row, int column, String message) {
        InvalidMatrixException e = assertThrows(InvalidMatrixException.class, () -> Ahp.evaluate(matrix));
        assertEquals(row, e.row(), "row");
        assertEquals(column, e.column(), "column");
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void tenIsAllowed() {
        assertTrue(Ahp.evaluate(ones(10)).consistent());
        assertArrayEquals(ones(10)[0], scale(Ahp.evaluate(ones(10)).weights(), 10), 1e-12);
    }

    private static double[][] ones(int n) {
        double[][] a = new double[n][n];
        for (double[] row : a) {
            Arrays.fill(row, 1);
        }
        return a;
    }

    private static double[] scale(double[] v, double factor) {
        double[] result = v.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] *= factor;
        }
        return result;
    }
}
