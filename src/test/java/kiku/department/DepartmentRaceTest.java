package kiku.department;

import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kiku.Api;
import org.junit.jupiter.api.Test;

/**
 * Requests at the same moment: each one's checks hold against the others' (one writer at a time,
 * DepartmentService), so no two equal siblings and no link to a department deleted meanwhile.
 */
@QuarkusTest
class DepartmentRaceTest {

    private static long count(List<Response> answers, int status) {
        return answers.stream().filter(r -> r.statusCode() == status).count();
    }

    @Test
    void equalSiblingsCreatedTogetherMakeOne() throws Exception {
        long parent = Api.department("親部");
        String name = Api.unique("同時課");
        for (Long parentId : new Long[] {parent, null}) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "kind", "DEPARTMENT"));
            body.put("parentId", parentId);
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> as(OFFICER).body(body).post("/api/v1/departments"));
            }
            List<Response> answers = Api.atOnce(calls);
            assertEquals(1, count(answers, 201), "one created under " + parentId);
            assertEquals(5, count(answers, 409), "the others told so, under " + parentId);
        }
    }

    @Test
    void aDepartmentDeletedWhileLinkedIsNeitherOrphanedNorAFailure() throws Exception {
        for (int round = 0; round < 8; round++) {
            long department = Api.department("消える課");
            String path = "/api/v1/departments/" + department;
            List<Response> answers = Api.atOnce(List.of(
                    () -> as(OFFICER).delete(path),
                    () -> as(OFFICER).body(Map.of("title", "課題", "departmentIds", List.of(department)))
                            .post("/api/v1/issues"),
                    () -> as(OFFICER).body(Map.of("departmentId", department, "heldOn", "2024-05-01"))
                            .post("/api/v1/hearings")));
            int deleted = answers.get(0).statusCode();
            for (Response answer : answers) {
                assertTrue(answer.statusCode() < 500, answer.statusCode() + " " + answer.asString());
            }
            if (deleted == 204) {
                assertFalse(answers.get(1).statusCode() == 201 || answers.get(2).statusCode() == 201,
                        "nothing links a deleted department: " + answers.get(1).asString() + answers.get(2).asString());
                as(VIEWER).get(path).then().statusCode(404);
            } else {
                assertEquals(409, deleted, "a department in use stays: " + answers.get(0).asString());
                as(VIEWER).get(path).then().statusCode(200);
            }
        }
    }
}
