package kiku.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** A remembered bcrypt check must never outlive a password or role change. */
@QuarkusTest
class RememberedPasswordTest {

    private static int status(String user, String password, String method, String path) {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON)
                .body(Map.of("name", Api.unique("課"), "kind", "DEPARTMENT")).request(method, path).statusCode();
    }

    @Test
    void aChangedPasswordOrRoleCountsAtOnce() {
        String name = Api.unique("memo");
        long id = Api.as("admin").body(Map.of("username", name, "password", "first-password-123", "roles",
                List.of("viewer"))).post("/api/v1/users").then().statusCode(201).extract().jsonPath().getLong("id");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, status(name, "first-password-123", "GET", "/api/v1/me"));
        }
        assertEquals(403, status(name, "first-password-123", "POST", "/api/v1/departments"));

        Api.as("admin").body(Map.of("username", name, "password", "second-password-456", "roles", List.of("officer"),
                "version", 0)).put("/api/v1/users/" + id).then().statusCode(200);
        assertEquals(401, status(name, "first-password-123", "GET", "/api/v1/me"));
        assertEquals(201, status(name, "second-password-456", "POST", "/api/v1/departments"));
    }
}
