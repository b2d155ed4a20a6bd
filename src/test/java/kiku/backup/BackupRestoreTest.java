package kiku.backup;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.IsolatedDatabase;
import org.junit.jupiter.api.Test;

/** Runs on a database of its own, because a restore needs an empty one. */
@QuarkusTest
@TestProfile(BackupRestoreTest.OwnDatabase.class)
class BackupRestoreTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", IsolatedDatabase.url("kiku-backup-test"));
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void backupRestoreBackupGivesTheSameDocumentAndRanking() throws Exception {
        fillCity();
        Map<String, Object> first = backup();
        assertEquals(List.of(Map.of("fiscalYear", 2024, "budgetYen", 32_000_000, "staffHours", 1600.0f, "version", 1)),
                first.get("capacities"));
        @SuppressWarnings("unchecked")
        Map<String, Object> planned = ((List<Map<String, Object>>) first.get("issues")).get(0);
        assertEquals(List.of("SECOND", 4_800_000, 120.25f), List.of(planned.get("plannedHalf"),
                planned.get("estimatedCostYen"), planned.get("effortHours")));
        @SuppressWarnings("unchecked")
        Map<String, Object> derived = ((List<Map<String, Object>>) first.get("criteria")).get(2);
        assertEquals(List.of("DEPARTMENTS", List.of(2.0f)), List.of(derived.get("source"), derived.get("thresholds")));
        assertEquals(List.of("紙の申請が年間 1,200 件"), ((List<?>) planned.get("evidence")).stream()
                .map(q -> ((Map<?, ?>) q).get("quote")).toList(), "quotes are in the backup");
        Object rankingBefore = as(VIEWER).get("/api/v1/backlog").jsonPath().get("items");
        assertEquals(3, as(VIEWER).get("/api/v1/backlog").jsonPath().getList("criteria").size());
        assertEquals(1, ((List<?>) first.get("overrides")).size());
        assertEquals(List.of(2, 1), as(VIEWER).get("/api/v1/backlog").jsonPath().getList("items.computedRank"));

        as("admin").body(first).post("/api/v1/restore").then().statusCode(409);
        Map<String, Object> broken = new HashMap<>(first);
        broken.put("format", "something-else");
        as("admin").body(broken).post("/api/v1/restore").then().statusCode(400);

        emptyDatabase();
        as("admin").body(Map.of("format", "kiku-backup")).post("/api/v1/restore").then().statusCode(400);
        // a score outside its criterion's scale would rank with a total beyond 0-100; a scale or weight no
        // form takes is no backup of Kiku either: refused, nothing written
        as("admin").body(altered(first, "scores", "value", 6)).post("/api/v1/restore").then().statusCode(400)
                .body("violations.field", hasItem("scores.value"));
        as("admin").body(altered(first, "criteria", "minScore", -5000)).post("/api/v1/restore").then()
                .statusCode(400).body("violations.field", hasItem("criteria"))
                .body("violations.message", hasItem(containsString("の行の値が正しくありません")));
        as("admin").body(altered(first, "criteria", "weight", 1e301)).post("/api/v1/restore").then().statusCode(400);
        as("admin").body(altered(first, "users", "roles", List.of("superuser"))).post("/api/v1/restore").then()
                .statusCode(400).body("violations.field", hasItem("users.roles"));
        Map<String, Object> noAdmin = altered(first, "users", "roles", List.of("viewer"));
        noAdmin.put("users", ((List<?>) noAdmin.get("users")).stream()
                .filter(u -> !((List<?>) ((Map<?, ?>) u).get("roles")).contains("admin")).toList());
        as("admin").body(noAdmin).post("/api/v1/restore").then().statusCode(400)
                .body("violations.message", hasItem(containsString("管理者（admin）のアカウントがありません")));
        as(VIEWER).get("/api/v1/departments").then().body("items", empty());
        as(VIEWER).body(first).post("/api/v1/restore").then().statusCode(403);
        as("admin").body(first).post("/api/v1/restore").then().statusCode(200).body("issues", equalTo(2))
                .body("overrides", equalTo(1));

        Map<String, Object> second = backup();
        first.remove("exportedAt");
        second.remove("exportedAt");
        assertEquals(first, second);
        assertEquals(rankingBefore, as(VIEWER).get("/api/v1/backlog").jsonPath().get("items"));
        // the restored accounts sign in with their old passwords, and new rows get fresh ids
        as(OFFICER).get("/api/v1/me").then().statusCode(200);
        long id = Api.department("新しい課");
        as(VIEWER).get("/api/v1/departments/" + id).then().statusCode(200);
        as("admin").get("/api/v1/backup").then().statusCode(200)
                .body(not(containsString(Api.password(OFFICER))));
    }

    /** The document with {@code field} of the first row of {@code rows} set to {@code value}; the document is kept. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> altered(Map<String, Object> document, String rows, String field, Object value) {
        Map<String, Object> copy = new ObjectMapper().convertValue(document, Map.class);
        ((List<Map<String, Object>>) copy.get(rows)).get(0).put(field, value);
        return copy;
    }

    private static Map<String, Object> backup() {
        return as("admin").get("/api/v1/backup").then().statusCode(200).body("format", equalTo("kiku-backup"))
                .body("formatVersion", equalTo(1)).extract().jsonPath().getMap("");
    }

    private static void fillCity() {
        long bureau = as(OFFICER).body(Map.of("name", "総務部", "kind", "BUREAU")).post("/api/v1/departments")
                .jsonPath().getLong("id");
        long dept = as(OFFICER).body(Map.of("name", "情報政策課", "kind", "DEPARTMENT", "parentId", bureau))
                .post("/api/v1/departments").jsonPath().getLong("id");
        long hearing = as(OFFICER).body(Map.of("departmentId", dept, "heldOn", "2024-04-01", "status", "DONE",
                "notes", "## 紙の申請\n- 年間 1,200 件")).post("/api/v1/hearings").jsonPath().getLong("id");
        long a = as(OFFICER).body(Map.of("title", "紙の申請書を手入力", "departmentIds", List.of(dept),
                "hearingIds", List.of(hearing), "annualHours", 300.5, "fiscalYear", 2024, "plannedHalf", "SECOND",
                "estimatedCostYen", 4_800_000, "effortHours", 120.25, "evidence", List.of(Map.of("hearingId", hearing,
                        "quote", "紙の申請が年間 1,200 件")))).post("/api/v1/issues").jsonPath().getLong("id");
        long b = Api.issue("押印待ちの決裁", dept);
        long effect = as(MANAGER).body(Map.of("name", "効果", "weight", 3)).post("/api/v1/criteria")
                .jsonPath().getLong("id");
        long cost = as(MANAGER).body(Map.of("name", "費用", "weight", 1.5, "direction", "COST"))
                .post("/api/v1/criteria").jsonPath().getLong("id");
        // a computed criterion: the backup keeps its rule, and restore computes its values again
        as(MANAGER).body(Map.of("name", "関係部署数", "weight", 1, "minScore", 1, "maxScore", 2,
                "source", "DEPARTMENTS", "thresholds", List.of(2))).post("/api/v1/criteria").then().statusCode(201);
        for (long[] s : new long[][] {{a, 5, 2}, {b, 3, 4}}) {
            as(RATER).body(Map.of("scores", List.of(Map.of("criterionId", effect, "value", s[1], "comment", "根拠あり"),
                    Map.of("criterionId", cost, "value", s[2])))).put("/api/v1/issues/" + s[0] + "/scores")
                    .then().statusCode(200);
        }
        as(MANAGER).body(Map.of("below", a, "reason", "市長公約 <b>")).put("/api/v1/issues/" + a + "/override")
                .then().statusCode(400);
        as(MANAGER).body(Map.of("above", a, "reason", "市長公約 <b>")).put("/api/v1/issues/" + b + "/override")
                .then().statusCode(200);
        as(MANAGER).body(Map.of("name", "第1回 優先度決定会議")).post("/api/v1/snapshots").then().statusCode(201);
        as(MANAGER).body(Map.of("budgetYen", 30_000_000, "staffHours", 1_500.5)).put("/api/v1/plan/capacities/2024")
                .then().statusCode(201);
        as(MANAGER).body(Map.of("budgetYen", 32_000_000, "staffHours", 1_600, "version", 0))
                .put("/api/v1/plan/capacities/2024").then().statusCode(200);
    }

    private void emptyDatabase() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("rank_override", "score", "issue_hearing", "issue_department", "snapshot",
                    "criterion", "fiscal_year_capacity")) {
                s.executeUpdate("delete from " + table);
            }
            s.executeUpdate("update issue set merged_into_id = null");
            for (String table : List.of("issue", "hearing")) {
                s.executeUpdate("delete from " + table);
            }
            s.executeUpdate("delete from department where parent_id is not null");
            s.executeUpdate("delete from department");
        }
    }
}
