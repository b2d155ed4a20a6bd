package kiku.backlog;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;

/**
 * How an issue's rank moved between two rankings, for the ▲▼ markers of the backlog, the
 * what-if preview and the snapshot diff. {@code kind}: up, down, same, new (not ranked before)
 * or gone (not ranked after); {@code steps} is the number of places.
 */
@TemplateData
public record Move(String kind, int steps) {

    /** From the rank before to the rank after; either may be null (not ranked there). */
    public static Move of(Integer before, Integer after) {
        if (before == null) {
            return new Move(after == null ? "same" : "new", 0);
        }
        if (after == null) {
            return new Move("gone", 0);
        }
        int change = before - after;
        return new Move(change > 0 ? "up" : change < 0 ? "down" : "same", Math.abs(change));
    }

    /** A previewed item's move from its current rank ({@code p.move} in templates). */
    @TemplateExtension
    static Move move(BacklogView.PreviewItem p) {
        return of(p.currentRank(), p.item().rank());
    }

    /** An issue's move between the two sides of a snapshot diff ({@code m.move} in templates). */
    @TemplateExtension
    static Move move(SnapshotService.Moved m) {
        return of(m.rankBefore(), m.rankAfter());
    }
}
