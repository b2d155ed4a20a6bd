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
            String field = "matrix[" + e.row() + "][" + e.column() + "]";
            throw switch (e.rule()) {
                case SIZE -> Problem.invalid("matrix", "ahp.size");
                case DIAGONAL -> Problem.invalid(field, "ahp.diagonal", e.row(), e.column(), e.got());
                case POSITIVE -> Problem.invalid(field, "ahp.positive", e.row(), e.column(), e.got());
                case RECIPROCAL -> Problem.invalid(field, "ahp.reciprocal", e.row(), e.column(), e.expected(), e.got());
            };
        }
    }
}
