package kiku.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** The first start with demo data: the city is there, and the admin account exists beside the demo users. */
@QuarkusTest
@TestProfile(DemoStartProfile.class)
class DemoStartTest {

    @Test
    void theDemoCityAndTheAdminAccountBothExist() {
        given().auth().preemptive().basic("admin", Api.ADMIN_PASSWORD).get("/api/v1/users").then().statusCode(200)
                .body("items.username", hasItem("admin"), "items.username", hasItem("aoki"));
        given().auth().preemptive().basic("aoki", "kiku-demo-2026").get("/api/v1/backlog").then().statusCode(200)
                .body("totalRanked", greaterThan(10));
        List<List<Object>> quotes = given().auth().preemptive().basic("aoki", "kiku-demo-2026")
                .get("/api/v1/issues?size=500").then().statusCode(200).extract().jsonPath().getList("items.evidence.quote");
        assertEquals(DemoCityQuotes.ALL.size(), quotes.stream().mapToInt(List::size).sum(), "the demo quotes are stored");
        assertTrue(quotes.stream().flatMap(List::stream).anyMatch("「PCが遅い」という苦情が毎週のように寄せられる"::equals));
    }
}
