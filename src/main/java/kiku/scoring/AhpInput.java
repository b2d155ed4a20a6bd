package kiku.scoring;

import kiku.scoring.engine.Ahp;
import kiku.web.Problem;

/** Runs the AHP engine on a request's matrix; a matrix it rejects is a 400 naming the cell. */
final class AhpInput {

    private AhpInput() {}

    static Ahp.AhpResult evaluate(double[][] matrix) {
        try {
            return Ahp.evaluate(matrix);
        } catch (Ahp.InvalidMatrixException e) {
            if (e.row() < 0) {
                throw Problem.invalid("matrix", "ahp.size");
            }
            throw Problem.invalid("matrix[" + e.row() + "][" + e.column() + "]", "ahp.cell", e.row(), e.column(),
                    e.getMessage());
        }
    }
}
