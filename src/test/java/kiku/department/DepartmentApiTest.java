package kiku.department;

import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DepartmentApiTest {

    @Test
    void createsReadsUpdatesAndDeletes() {
        long bureau = as(OFFICER).body(Map.of("name", unique("総務部"), "kind", "BUREAU")).post("/api/v1/departments")
                .then().statusCode(201).header("Location", startsWith("http")).extract().jsonPath().getLong("id");
        String name = unique("情報管理課");
        JsonPath created = as(OFFICER).body(Map.of("name", name, "kind", "DEPARTMENT", "parentId", bureau))
                .post("/api/v1/departments").then().statusCode(201)
                .body("name", equalTo(name)).body("parentId", equalTo((int) bureau)).body("active", equalTo(true))
                .body("version", equalTo(0)).extract().jsonPath();
        long id = created.getLong("id");

        Map<String, Object> update = new HashMap<>(created.getMap(""));
        update.put("code", "JOHO");
        as(OFFICER).body(update).put("/api/v1/departments/" + id).then().statusCode(200)
                .body("code", equalTo("JOHO")).body("version", equalTo(1));
        as(VIEWER).get("/api/v1/departments/" + id).then().statusCode(200).body("code", equalTo("JOHO"));
        as(VIEWER).get("/api/v1/departments?size=500").then().statusCode(200).body("items.id", hasItem((int) id));

        as(OFFICER).delete("/api/v1/departments/" + id).then().statusCode(204);
        as(VIEWER).get("/api/v1/departments/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void staleOrMissingVersionChangesNothing() {
        long id = Api.department("税務課");
        Map<String, Object> read = new HashMap<>(as(VIEWER).get("/api/v1/departments/" + id).jsonPath().getMap(""));
        read.put("code", "ZEIMU");
        as(OFFICER).body(read).put("/api/v1/departments/" + id).then().statusCode(200);
        read.put("code", "ZEIMU-2");
        as(OFFICER).body(read).put("/api/v1/departments/" + id).then().statusCode(409)
                .contentType("application/problem+json");
        read.remove("version");
        as(OFFICER).body(read).put("/api/v1/departments/" + id).then().statusCode(400)
                .body("violations.field", hasItem("version"));
        as(VIEWER).get("/api/v1/departments/" + id).then().body("code", equalTo("ZEIMU"));
    }

    @Test
    void refusesInvalidInput() {
        as(OFFICER).body(Map.of("kind", "DEPARTMENT")).post("/api/v1/departments").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("name"));
        as(OFFICER).body(Map.of("name", "x", "kind", "DIVISION")).post("/api/v1/departments").then().statusCode(400)
                .body("violations.field", hasItem("kind"));
        as(OFFICER).body(Map.of("name", "x", "kind", "DEPARTMENT", "parentId", 999999)).post("/api/v1/departments")
                .then().statusCode(400).body("violations.field", hasItem("parentId"));
        as(OFFICER).body(Map.of("name", "x", "kind", "DEPARTMENT", "parentId", 1.5)).post("/api/v1/departments")
                .then().statusCode(400);
    }

    @Test
    void refusesCyclesAndDuplicateSiblings() {
        long parent = Api.department("親");
        String childName = unique("子");
        JsonPath child = as(OFFICER).body(Map.of("name", childName, "kind", "UNIT", "parentId", parent))
                .post("/api/v1/departments").then().statusCode(201).extract().jsonPath();
        as(OFFICER).body(Map.of("name", childName, "kind", "UNIT", "parentId", parent)).post("/api/v1/departments")
                .then().statusCode(409);

        Map<String, Object> parentBody = new HashMap<>(as(VIEWER).get("/api/v1/departments/" + parent).jsonPath().getMap(""));
        parentBody.put("parentId", child.getLong("id"));
        as(OFFICER).body(parentBody).put("/api/v1/departments/" + parent).then().statusCode(400)
                .body("violations.field", hasItem("parentId"));
        parentBody.put("parentId", parent);
        as(OFFICER).body(parentBody).put("/api/v1/departments/" + parent).then().statusCode(400);
        as(OFFICER).delete("/api/v1/departments/" + parent).then().statusCode(409);
    }

    @Test
    void aDepartmentWithIssuesCannotBeDeleted() {
        long id = Api.department("市民課");
        Api.issue("窓口の待ち時間", id);
        as(OFFICER).delete("/api/v1/departments/" + id).then().statusCode(409);
    }

    @Test
    void checksRolesAndPaging() {
        as(VIEWER).body(Map.of("name", "福祉課", "kind", "DEPARTMENT")).post("/api/v1/departments").then()
                .statusCode(403).contentType("application/problem+json");
        Api.anonymous().get("/api/v1/departments").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"));
        Api.anonymous().auth().preemptive().basic(OFFICER, "wrong-password-here").get("/api/v1/departments")
                .then().statusCode(401);
        as(VIEWER).delete("/api/v1/departments/1").then().statusCode(403);
        as(OFFICER).get("/api/v1/departments/999999").then().statusCode(404);
        as(OFFICER).get("/api/v1/departments?page=-1").then().statusCode(400);
        as(OFFICER).get("/api/v1/departments?size=501").then().statusCode(400);
        as(OFFICER).get("/api/v1/departments?size=abc").then().statusCode(400);
        as(OFFICER).get("/api/v1/departments?page=100000").then().statusCode(200).body("items", empty());
    }
}
