package kiku.backlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import kiku.scoring.RankingStore;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Robustness;
import kiku.web.Problem;

/** How sure the ranking is (SCORING.md §7): Monte Carlo over perturbed weights, and exact weight intervals. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SensitivityService {

    @Inject
    RankingStore ranking;

    public Robustness.Result analyse(int topK, int samples, double perturbation, long seed) {
        try {
            List<CriterionSpec> specs = ranking.specs();
            return Robustness.analyse(ranking.openCells(specs), specs, topK, samples, perturbation, seed);
        } catch (Robustness.NotRankableException e) {
            throw Problem.unprocessable("backlog.notRankable");
        } catch (Robustness.TooLargeException e) {
            throw Problem.invalid("samples", "backlog.tooManySamples", e.maxSamples());
        }
    }
}
