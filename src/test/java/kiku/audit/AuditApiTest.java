package kiku.audit;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.scoring.Criteria;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditApiTest {

    private static JsonPath audit(String query) {
        return as(MANAGER).get("/api/v1/audit?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void recordsWhoChangedADepartmentFromWhatToWhat() {
        long id = Api.department("税務課");
        Map<String, Object> read = new HashMap<>(as(VIEWER).get("/api/v1/departments/" + id).jsonPath().getMap(""));
        read.put("code", "ZEIMU");
        as(OFFICER).body(read).put("/api/v1/departments/" + id).then().statusCode(200);
        as(OFFICER).delete("/api/v1/departments/" + id).then().statusCode(204);

        JsonPath trail = audit("entity=department&id=" + id);
        assertThat(trail.getList("items.action"), equalTo(List.of("DELETE", "UPDATE", "CREATE")));
        assertThat(trail.getList("items.user"), equalTo(List.of(OFFICER, OFFICER, OFFICER)));
        assertThat(trail.get("items[1].before.code"), nullValue());
        assertThat(trail.get("items[1].after.code"), equalTo("ZEIMU"));
        assertThat(trail.get("items[0].after"), nullValue());
    }

    @Test
    void recordsEveryKindOfChange() {
        Criteria.reset();
        long criterion = Criteria.benefit("効果", 2);
        long dept = Api.department("市民課");
        long hearing = as(OFFICER).body(Map.of("departmentId", dept, "heldOn", "2024-04-01")).post("/api/v1/hearings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long issue = Api.issue("窓口の待ち時間", dept);
        Criteria.score(RATER, issue, Map.of(criterion, 4));
        Criteria.weights(Map.of(criterion, 3));
        long snapshot = as(MANAGER).body(Map.of("name", "会議")).post("/api/v1/snapshots").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long user = as("admin").body(Map.of("username", Api.unique("audit"), "password", "long-enough-password",
                "roles", List.of("viewer"))).post("/api/v1/users").then().statusCode(201).extract().jsonPath().getLong("id");

        assertThat(audit("entity=hearing&id=" + hearing).getList("items.action"),
                equalTo(List.of("CREATE")));
        as(MANAGER).get("/api/v1/audit?entity=issue&id=" + issue).then().body("items[0].after.title", equalTo("窓口の待ち時間"));
        as(MANAGER).get("/api/v1/audit?entity=score&id=" + issue).then()
                .body("items[0].user", equalTo(RATER)).body("items[0].after.values." + criterion, equalTo(4));
        as(MANAGER).get("/api/v1/audit?entity=criterion&id=" + criterion).then()
                .body("items.action", hasItems("CREATE", "UPDATE")).body("items[0].after.weight", equalTo(3.0f))
                .body("items[0].before.weight", equalTo(2.0f));
        as(MANAGER).get("/api/v1/audit?entity=snapshot&id=" + snapshot).then().body("items[0].after.name", equalTo("会議"));
        as(MANAGER).get("/api/v1/audit?entity=user&id=" + user).then().body("items[0].user", equalTo("admin"))
                .body("items[0].after.user.roles", equalTo(List.of("viewer")))
                .body("items[0].after.password", nullValue());
        as(MANAGER).get("/api/v1/audit?user=" + RATER + "&size=500").then().body("items.entity", hasItems("score"));
    }

    @Test
    void isForManagersAndAdminsAndChecksItsFilters() {
        as(VIEWER).get("/api/v1/audit").then().statusCode(403);
        as(OFFICER).get("/api/v1/audit").then().statusCode(403);
        as("admin").get("/api/v1/audit").then().statusCode(200);
        as(MANAGER).get("/api/v1/audit?entity=bogus").then().statusCode(400);
        as(MANAGER).get("/api/v1/audit?id=abc").then().statusCode(400);
        as(MANAGER).get("/api/v1/audit?size=0").then().statusCode(400);
    }
}
