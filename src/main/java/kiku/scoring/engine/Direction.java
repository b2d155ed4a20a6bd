package kiku.scoring.engine;

/** Whether a high score is good (BENEFIT) or bad (COST); COST scores are flipped before weighting. */
public enum Direction {
    BENEFIT,
    COST
}
