package kiku.issue;

import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.web.PageSession;
import org.junit.jupiter.api.Test;

/** Annual hours from cases × minutes, their cost at the staff cost per hour, totals per department and city. */
@QuarkusTest
class WorkloadTest {

    @Test
    void casesTimesMinutesGiveTheHoursAndTheTotalsCountThem() {
        long department = Api.department("窓口課");
        String title = unique("住民票の手入力");
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "departmentIds", List.of(department),
                "casesPerYear", 1200, "minutesPerCase", 15, "annualHours", 1.0));
        JsonPath created = as(OFFICER).body(body).post("/api/v1/issues").then().statusCode(201).extract().jsonPath();
        assertEquals(300.0, created.getDouble("annualHours"), 1e-9, "1,200 cases × 15 min");
        long issue = created.getLong("id");
        as(OFFICER).body(Map.of("title", unique("直接入力"), "departmentIds", List.of(department), "annualHours", 100.5))
                .post("/api/v1/issues").then().statusCode(201);

        Map<String, Object> half = new HashMap<>(body);
        half.remove("minutesPerCase");
        as(OFFICER).body(half).post("/api/v1/issues").then().statusCode(400)
                .body("violations.field", hasItem("minutesPerCase"));

        JsonPath totals = as(VIEWER).get("/api/v1/workload").then().statusCode(200).extract().jsonPath();
        assertEquals(4000, totals.getLong("costPerHour"));
        Map<String, Object> row = totals.getList("departments", Map.class).stream()
                .filter(r -> ((Number) r.get("departmentId")).longValue() == department).findFirst().orElseThrow();
        assertEquals(2, ((Number) row.get("issues")).intValue());
        assertEquals(400.5, ((Number) row.get("hours")).doubleValue(), 1e-9);
        assertEquals(1_602_000L, ((Number) row.get("yen")).longValue());
        assertTrue(totals.getDouble("city.hours") >= 400.5);

        PageSession viewer = PageSession.signIn(VIEWER);
        String page = viewer.page("/issues/" + issue);
        assertTrue(page.contains("1200 件 × 15.0 分") && page.contains("人件費換算 約 1,200,000 円/年（時給 4,000 円）"), page);
        assertTrue(viewer.page("/report").contains("1,602,000"), "the department's total on the report");

        Map<String, Object> cleared = new HashMap<>(as(VIEWER).get("/api/v1/issues/" + issue).jsonPath().getMap(""));
        cleared.put("casesPerYear", null);
        cleared.put("minutesPerCase", null);
        cleared.put("annualHours", 50.0);
        JsonPath direct = as(OFFICER).body(cleared).put("/api/v1/issues/" + issue).then().statusCode(200).extract().jsonPath();
        assertEquals(50.0, direct.getDouble("annualHours"), 1e-9, "entered directly once the pair is cleared");
    }
}
