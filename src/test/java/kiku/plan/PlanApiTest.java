package kiku.plan;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kiku.Api;
import kiku.scoring.Criteria;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Capacities, the plan of a year and applying to it; the suggestion has {@link SuggestApiTest}. */
@QuarkusTest
class PlanApiTest {

    /** Each test plans into a year of its own, far from any other test's or the demo's. */
    private static final AtomicInteger YEARS = new AtomicInteger(2800);

    private int year;
    private long dept;

    @BeforeEach
    void freshYear() {
        year = YEARS.incrementAndGet();
        dept = Api.department("計画課");
    }

    @Test
    void capacityIsCreatedByTheFirstPutAndThenNeedsTheVersionItRead() {
        String path = "/api/v1/plan/capacities/" + year;
        as(MANAGER).body(Map.of("budgetYen", 5_000_000, "staffHours", 800.5)).put(path).then().statusCode(201)
                .header("Location", containsString(path)).body("fiscalYear", equalTo(year))
                .body("budgetYen", equalTo(5_000_000)).body("staffHours", equalTo(800.5f)).body("version", equalTo(0));
        as(VIEWER).get("/api/v1/plan/capacities?size=500").then().statusCode(200)
                .body("items.fiscalYear", hasItem(year));
        as(MANAGER).body(Map.of("budgetYen", 6_000_000, "staffHours", 900, "version", 0)).put(path)
                .then().statusCode(200).body("budgetYen", equalTo(6_000_000)).body("version", equalTo(1));
        // someone else saved first: stale, nothing changes
        as(MANAGER).body(Map.of("budgetYen", 1, "staffHours", 1, "version", 0)).put(path).then().statusCode(409)
                .contentType(containsString("application/problem+json"));
        as(MANAGER).body(Map.of("budgetYen", 1, "staffHours", 1)).put(path).then().statusCode(400);
        as(VIEWER).get("/api/v1/plan/" + year).then().statusCode(200).body("capacity.budgetYen", equalTo(6_000_000));
        as(MANAGER).get("/api/v1/audit?entity=capacity&id=" + year).then().statusCode(200)
                .body("items.action", equalTo(List.of("UPDATE", "CREATE")))
                .body("items[0].before.budgetYen", equalTo(5_000_000))
                .body("items[0].after.budgetYen", equalTo(6_000_000));
    }

    @Test
    void capacityInputIsCheckedAndOnlyManagersWriteIt() {
        String path = "/api/v1/plan/capacities/" + year;
        as(MANAGER).body(Map.of("budgetYen", -1, "staffHours", 10)).put(path).then().statusCode(400)
                .body("violations[0].field", equalTo("budgetYen"));
        as(MANAGER).body(Map.of("budgetYen", 10, "staffHours", -0.5)).put(path).then().statusCode(400);
        as(MANAGER).body(Map.of("budgetYen", 10.5, "staffHours", 10)).put(path).then().statusCode(400);
        as(MANAGER).body(Map.of("staffHours", 10)).put(path).then().statusCode(400);
        as(MANAGER).body(Map.of("budgetYen", 10, "staffHours", 10)).put("/api/v1/plan/capacities/20x5")
                .then().statusCode(400);
        as(MANAGER).body(Map.of("budgetYen", 10, "staffHours", 10)).put("/api/v1/plan/capacities/1800")
                .then().statusCode(400);
        as(OFFICER).body(Map.of("budgetYen", 10, "staffHours", 10)).put(path).then().statusCode(403);
        as(VIEWER).body(Map.of("budgetYen", 10, "staffHours", 10)).put(path).then().statusCode(403);
        Api.anonymous().get("/api/v1/plan/capacities").then().statusCode(401);
        as(VIEWER).get("/api/v1/plan/" + year).then().statusCode(200).body("capacity", nullValue());
    }

    @Test
    void issuesCarryEstimatesAndAHalfWithTheirChecks() {
        Map<String, Object> body = new HashMap<>(Map.of("title", unique("見積もり"), "departmentIds", List.of(dept),
                "estimatedCostYen", 1_200_000, "effortHours", 40.5, "fiscalYear", year, "plannedHalf", "SECOND"));
        long id = as(OFFICER).body(body).post("/api/v1/issues").then().statusCode(201)
                .body("estimatedCostYen", equalTo(1_200_000)).body("effortHours", equalTo(40.5f))
                .body("plannedHalf", equalTo("SECOND")).extract().jsonPath().getLong("id");
        List<Map.Entry<String, Object>> wrongValues = List.of(Map.entry("estimatedCostYen", -1),
                Map.entry("estimatedCostYen", 12.5), Map.entry("effortHours", -1), Map.entry("plannedHalf", "THIRD"));
        for (Map.Entry<String, Object> bad : wrongValues) {
            Map<String, Object> wrong = new HashMap<>(body);
            wrong.put(bad.getKey(), bad.getValue());
            as(OFFICER).body(wrong).post("/api/v1/issues").then().statusCode(400)
                    .body("violations[0].field", equalTo(bad.getKey()));
        }
        Map<String, Object> noYear = new HashMap<>(body);
        noYear.remove("fiscalYear");
        as(OFFICER).body(noYear).post("/api/v1/issues").then().statusCode(400)
                .body("violations[0].field", equalTo("plannedHalf"));

        // a manager plans (year, half, status) but may not touch the officer's estimates
        Map<String, Object> read = new HashMap<>(as(VIEWER).get("/api/v1/issues/" + id).jsonPath().getMap(""));
        Map<String, Object> planned = new HashMap<>(read);
        planned.put("plannedHalf", "FIRST");
        planned.put("fiscalYear", year + 1);
        as(MANAGER).body(planned).put("/api/v1/issues/" + id).then().statusCode(200)
                .body("plannedHalf", equalTo("FIRST")).body("fiscalYear", equalTo(year + 1));
        Map<String, Object> costlier = new HashMap<>(read);
        costlier.put("version", 1);
        costlier.put("estimatedCostYen", 2_000_000);
        as(MANAGER).body(costlier).put("/api/v1/issues/" + id).then().statusCode(403);
        as(OFFICER).body(costlier).put("/api/v1/issues/" + id).then().statusCode(200)
                .body("estimatedCostYen", equalTo(2_000_000));
    }

    @Test
    void planGroupsTheYearByHalfAndFlagsWhatExceedsTheCapacity() {
        long first = issue("上期の課題", 3_000_000L, 100.0, true, "FIRST");
        long second = issue("下期の課題", 2_500_000L, 50.0, true, "SECOND");
        long open = issue("時期未定の課題", null, 20.0, true, null);
        as(MANAGER).body(Map.of("budgetYen", 5_000_000, "staffHours", 500)).put("/api/v1/plan/capacities/" + year)
                .then().statusCode(201);
        JsonPath plan = Criteria.json(as(VIEWER).get("/api/v1/plan/" + year).then().statusCode(200));
        assertEquals(Arrays.asList("FIRST", "SECOND", null), plan.getList("halves.half"));
        assertEquals(List.of(first), plan.getList("halves[0].issues.issueId", Long.class));
        assertEquals(List.of(second), plan.getList("halves[1].issues.issueId", Long.class));
        assertEquals(List.of(open), plan.getList("halves[2].issues.issueId", Long.class));
        assertEquals(5_500_000L, plan.getLong("costYen"));
        assertEquals(170.0, plan.getDouble("effortHours"), 1e-9);
        assertEquals(1, plan.getInt("withoutEstimates"));
        assertTrue(plan.getBoolean("overBudget"));
        assertEquals(false, plan.getBoolean("overStaffHours"));
    }

    @Test
    void applyPlansIssuesIntoTheYearAndHalfForManagersOnlyAndIsAudited() {
        long fresh = issue("新規の課題", 100L, 1.0, false, null);
        long started = issue("着手済みの課題", 100L, 1.0, false, null);
        Criteria.status(started, "IN_PROGRESS");
        long done = issue("完了の課題", 100L, 1.0, false, null);
        Criteria.status(done, "DONE");
        String path = "/api/v1/plan/" + year + "/apply";
        Map<String, Object> request = Map.of("issueIds", List.of(fresh, started), "half", "FIRST");
        as(VIEWER).body(request).post(path).then().statusCode(403);
        as(RATER).body(request).post(path).then().statusCode(403);
        as(MANAGER).body(Map.of("issueIds", List.of(done))).post(path).then().statusCode(422);
        as(MANAGER).body(Map.of("issueIds", List.of(999_999_999))).post(path).then().statusCode(400);
        as(MANAGER).body(Map.of("issueIds", List.of())).post(path).then().statusCode(400);
        as(MANAGER).body(Map.of("issueIds", List.of(1.5))).post(path).then().statusCode(400);
        as(MANAGER).body(request).post(path).then().statusCode(200)
                .body("halves[0].issues.issueId", equalTo(List.of((int) fresh, (int) started)));
        as(VIEWER).get("/api/v1/issues/" + fresh).then().body("status", equalTo("PLANNED"))
                .body("fiscalYear", equalTo(year)).body("plannedHalf", equalTo("FIRST"));
        as(VIEWER).get("/api/v1/issues/" + started).then().body("status", equalTo("IN_PROGRESS"))
                .body("fiscalYear", equalTo(year));
        as(MANAGER).get("/api/v1/audit?entity=issue&id=" + fresh).then().statusCode(200)
                .body("items[0].user", equalTo(MANAGER)).body("items[0].before.status", equalTo("NEW"))
                .body("items[0].after.status", equalTo("PLANNED"))
                .body("items[0].after.plannedHalf", equalTo("FIRST"));
    }

    /** An issue with estimates, planned into this test's year (and a half) when {@code inYear}. */
    private long issue(String title, Long cost, Double hours, boolean inYear, String half) {
        Map<String, Object> body = new HashMap<>(Map.of("title", unique(title), "departmentIds", List.of(dept)));
        if (cost != null) {
            body.put("estimatedCostYen", cost);
        }
        body.put("effortHours", hours);
        if (inYear) {
            body.put("fiscalYear", year);
            body.put("plannedHalf", half);
        }
        return as(OFFICER).body(body).post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
