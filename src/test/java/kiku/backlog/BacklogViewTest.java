package kiku.backlog;

import static kiku.scoring.engine.Direction.BENEFIT;
import static kiku.scoring.engine.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kiku.backlog.BacklogView.Cell;
import kiku.backlog.BacklogView.CriterionShare;
import kiku.backlog.BacklogView.Item;
import kiku.issue.IssueStatus;
import org.junit.jupiter.api.Test;

class BacklogViewTest {

    @Test
    void aRowsCellsFollowTheColumnsOrderWithAnEmptyCellForAMissingMean() {
        Item item = new Item(1, 42, "紙の申請書を手入力", 75.0, IssueStatus.NEW, List.of(),
                Map.of("1", 4.5, "3", 2.0), 2, false, 1, null, 1, 1);
        List<CriterionShare> columns = List.of(new CriterionShare(3, "費用", 1, 0.25, COST),
                new CriterionShare(1, "市民への効果", 2, 0.5, BENEFIT),
                new CriterionShare(2, "件数", 1, 0.25, BENEFIT));

        assertEquals(Arrays.asList(new Cell(42, 2.0), new Cell(42, 4.5), new Cell(42, null)), item.cells(columns));
    }
}
