package kiku.coverage;

import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoverageApiTest {

    private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

    @Inject
    EntityManager em;

    @Test
    void reportsHearingsDatesIssuesAndOpenFollowUps() {
        LocalDate today = LocalDate.now(CITY);
        long department = Api.department("子育て支援課");
        hearing(department, "2024-01-10", "DONE", "申請書の件数を確認", false);
        hearing(department, "2024-03-05", "DONE", "様式を共有", true);
        hearing(department, today.minusDays(5).toString(), "PLANNED", null, false); // past: ignored
        hearing(department, today.plusDays(10).toString(), "PLANNED", "資料を準備", false);
        hearing(department, today.plusDays(3).toString(), "PLANNED", "", false);

        Api.issue(unique("保育所の申込"), department);
        long done = Api.issue(unique("児童手当の届出"), department);
        setStatus(done, "DONE");
        long target = Api.issue(unique("統合先"), department);
        long merged = Api.issue(unique("統合元"), department);
        merge(merged, target);
        as(VIEWER).get("/api/v1/issues/" + merged).then().statusCode(200)
                .body("status", equalTo("MERGED"));

        Map<String, Object> row = row(coverage(), department);
        assertEquals(2, row.get("hearings"));
        assertEquals("2024-03-05", row.get("lastHeldOn"));
        assertEquals(ChronoUnit.DAYS.between(LocalDate.of(2024, 3, 5), today),
                ((Number) row.get("daysSinceLast")).longValue());
        assertEquals(today.plusDays(3).toString(), row.get("nextPlannedOn"));
        assertEquals(3, row.get("issues"), "open and closed issues count, merged ones do not");
        assertEquals(2, row.get("openFollowUps"), "a DONE and a PLANNED hearing with an open follow-up");
        assertTrue(((String) row.get("name")).startsWith("子育て支援課"));
    }

    @Test
    void aPlannedHearingTodayIsTheNextOne() {
        LocalDate today = LocalDate.now(CITY);
        long department = Api.department("道路課");
        hearing(department, today.toString(), "PLANNED", null, false);
        hearing(department, today.plusDays(1).toString(), "PLANNED", null, false);
        hearing(department, today.minusDays(1).toString(), "DONE", null, false);

        Map<String, Object> row = row(coverage(), department);
        assertEquals(today.toString(), row.get("nextPlannedOn"));
        assertEquals(1, row.get("hearings"));
        assertEquals(today.minusDays(1).toString(), row.get("lastHeldOn"));
        assertEquals(1, ((Number) row.get("daysSinceLast")).intValue());
    }

    @Test
    void aNeverHeardDepartmentHasNoHearingsAndNullDates() {
        long never = Api.department("会計課");
        long onlyPlanned = Api.department("監査課");
        LocalDate next = LocalDate.now(CITY).plusDays(7);
        hearing(onlyPlanned, next.toString(), "PLANNED", "日程調整", false);
        Api.issue(unique("伝票の回付"), onlyPlanned);

        JsonPath coverage = coverage();
        Map<String, Object> row = row(coverage, never);
        assertEquals(0, row.get("hearings"));
        assertTrue(row.containsKey("lastHeldOn"), "null dates are present as null: " + row);
        assertNull(row.get("lastHeldOn"));
        assertNull(row.get("daysSinceLast"));
        assertNull(row.get("nextPlannedOn"));
        assertEquals(0, row.get("issues"));
        assertEquals(0, row.get("openFollowUps"));

        Map<String, Object> planned = row(coverage, onlyPlanned);
        assertEquals(0, planned.get("hearings"), "PLANNED hearings are no hearings held");
        assertNull(planned.get("lastHeldOn"));
        assertNull(planned.get("daysSinceLast"));
        assertEquals(next.toString(), planned.get("nextPlannedOn"));
        assertEquals(1, planned.get("issues"));
        assertEquals(1, planned.get("openFollowUps"));
    }

    @Test
    void listsActiveDepartmentsOfKindDepartmentOnly() {
        long bureau = department(unique("総務部"), "BUREAU", null, true);
        long active = department(unique("人事課"), "DEPARTMENT", bureau, true);
        long unit = department(unique("給与係"), "UNIT", active, true);
        long inactive = department(unique("旧課"), "DEPARTMENT", bureau, false);
        hearing(active, "2025-06-01", "DONE", null, false);
        hearing(unit, "2025-06-02", "DONE", null, false);
        hearing(inactive, "2025-06-03", "DONE", null, false);

        JsonPath coverage = coverage();
        List<Long> ids = coverage.getList("departments.departmentId", Long.class);
        assertTrue(ids.contains(active));
        assertTrue(!ids.contains(bureau) && !ids.contains(unit) && !ids.contains(inactive), "listed: " + ids);

        // every listed department is an active DEPARTMENT, and total/heard agree with the rows
        for (long id : ids) {
            JsonPath department = as(VIEWER).get("/api/v1/departments/" + id).then().statusCode(200).extract()
                    .jsonPath();
            assertEquals("DEPARTMENT", department.getString("kind"));
            assertTrue(department.getBoolean("active"));
        }
        List<Map<String, Object>> rows = coverage.getList("departments");
        assertEquals(rows.size(), coverage.getInt("total"));
        assertEquals(rows.stream().filter(r -> ((Number) r.get("hearings")).intValue() > 0).count(),
                coverage.getLong("heard"));
        for (Map<String, Object> r : rows) {
            boolean heard = ((Number) r.get("hearings")).intValue() > 0;
            assertEquals(heard, r.get("lastHeldOn") != null, "lastHeldOn iff heard: " + r);
            assertEquals(heard, r.get("daysSinceLast") != null, "daysSinceLast iff heard: " + r);
        }
        long count = as(VIEWER).get("/api/v1/departments?size=500").then().statusCode(200).extract().jsonPath()
                .getList("items", Map.class).stream()
                .filter(d -> "DEPARTMENT".equals(d.get("kind")) && Boolean.TRUE.equals(d.get("active"))).count();
        assertEquals(count, coverage.getInt("total"));

        Api.anonymous().get("/api/v1/coverage").then().statusCode(401);
    }

    private static JsonPath coverage() {
        JsonPath coverage = as(VIEWER).get("/api/v1/coverage").then().statusCode(200).extract().jsonPath();
        assertNotNull(coverage.getList("departments"));
        return coverage;
    }

    private static Map<String, Object> row(JsonPath coverage, long departmentId) {
        List<Map<String, Object>> rows = coverage.getList("departments");
        return rows.stream().filter(r -> ((Number) r.get("departmentId")).longValue() == departmentId).findFirst()
                .orElseThrow(() -> new AssertionError("department " + departmentId + " is not listed"));
    }

    private static void hearing(long department, String heldOn, String status, String followUp, boolean done) {
        Map<String, Object> body = new HashMap<>();
        body.put("departmentId", department);
        body.put("heldOn", heldOn);
        body.put("status", status);
        body.put("interviewer", "青木");
        body.put("followUp", followUp);
        body.put("followUpDone", done);
        as(OFFICER).body(body).post("/api/v1/hearings").then().statusCode(201);
    }

    private static long department(String name, String kind, Long parentId, boolean active) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("parentId", parentId);
        body.put("active", active);
        return as(OFFICER).body(body).post("/api/v1/departments").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static void setStatus(long issueId, String status) {
        Map<String, Object> body = new HashMap<>(as(VIEWER).get("/api/v1/issues/" + issueId).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        body.put("status", status);
        as(OFFICER).body(body).put("/api/v1/issues/" + issueId).then().statusCode(200);
    }

    /**
     * Merges through the API when it offers {@code POST /issues/{id}/merge}; this build has no
     * merge endpoint yet, so the merged state is then written directly.
     */
    private void merge(long source, long target) {
        int status = as(OFFICER).body(Map.of("sourceIssueId", source)).post("/api/v1/issues/" + target + "/merge")
                .statusCode();
        if (status == 200) {
            return;
        }
        assertTrue(status == 404 || status == 405, "merge refused: " + status);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update issue set status = 'MERGED', merged_into_id = :target where id = :source")
                .setParameter("target", target).setParameter("source", source).executeUpdate());
    }
}
