package kiku.issue;

import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.scoring.Criteria;
import kiku.web.PageSession;
import org.junit.jupiter.api.Test;

/** How many distinct departments and hearings stand behind an issue, on the backlog and the issue page. */
@QuarkusTest
class BackingTest {

    @Test
    void departmentsOfTheHearingsCountOnceBesideTheIssuesOwn() {
        Criteria.reset();
        long effect = Criteria.benefit("横展開", 1);
        long own = Api.department("窓口課");
        long second = Api.department("税務課");
        long third = Api.department("福祉課");
        List<Long> hearings = List.of(hearing(second), hearing(third), hearing(third), hearing(own));
        String tag = unique("押印");
        long wide = as(OFFICER).body(Map.of("title", tag + "の横展開", "departmentIds", List.of(third, own),
                "hearingIds", hearings)).post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
        long narrow = Api.issue(tag + "の単独", own);
        Criteria.score(RATER, wide, Map.of(effect, 4));
        Criteria.score(RATER, narrow, Map.of(effect, 3));

        List<Map<String, Object>> items = as(VIEWER).queryParam("q", tag).get("/api/v1/backlog").then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<Long, List<Integer>> counts = new java.util.HashMap<>();
        items.forEach(i -> counts.put(((Number) i.get("issueId")).longValue(),
                List.of((Integer) i.get("departmentCount"), (Integer) i.get("hearingCount"))));
        assertEquals(Map.of(wide, List.of(3, 4), narrow, List.of(1, 0)), counts);
        // the issue's own departments are listed alone (not its hearings'), ascending
        Map<Long, Object> departmentIds = new java.util.HashMap<>();
        items.forEach(i -> departmentIds.put(((Number) i.get("issueId")).longValue(), i.get("departmentIds")));
        assertEquals(Map.of(wide, List.of((int) own, (int) third), narrow, List.of((int) own)), departmentIds);

        String page = PageSession.signIn(VIEWER).page("/issues/" + wide);
        assertTrue(page.contains("3 部署 · ヒアリング 4 件"), page);
        assertTrue(PageSession.signIn(VIEWER).page("/backlog?q=" + tag).contains("1 部署 · ヒアリング 0 件"));
    }

    private static long hearing(long department) {
        return as(OFFICER).body(Map.of("departmentId", department, "heldOn", "2024-05-01"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
