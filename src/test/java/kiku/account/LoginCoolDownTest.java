package kiku.account;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** Lock-outs end after the cool-down; too many failures from one address lock every name there. */
@QuarkusTest
@TestProfile(BehindProxyProfile.class)
class LoginCoolDownTest {

    private static final String WRONG = "not-the-password-at-all";

    @Test
    void aLockedNameWorksAgainAfterTheCoolDown() throws InterruptedException {
        String address = "203.0.113.10";
        String user = account("cooling");
        for (int i = 0; i < 3; i++) {
            me(user, WRONG, address).then().statusCode(401);
        }
        me(user, Api.password(user), address).then().statusCode(401);
        me(user, Api.password(user), "203.0.113.11").then().statusCode(401);
        Thread.sleep(BehindProxyProfile.LOCKOUT_SECONDS * 1000L + 300);
        me(user, Api.password(user), address).then().statusCode(200);
    }

    @Test
    void tooManyFailuresFromOneAddressLockEveryNameThere() throws InterruptedException {
        String address = "203.0.113.20";
        String user = account("neighbour");
        for (int i = 0; i < BehindProxyProfile.PER_ADDRESS; i++) {
            me(Api.unique("spray"), WRONG, address).then().statusCode(401);
        }
        me(user, Api.password(user), address).then().statusCode(401);
        me(user, Api.password(user), "203.0.113.21").then().statusCode(200);
        Thread.sleep(BehindProxyProfile.LOCKOUT_SECONDS * 1000L + 300);
        me(user, Api.password(user), address).then().statusCode(200);
    }

    private static String account(String name) {
        String username = Api.unique(name);
        Api.ensureUser(username, List.of("viewer"));
        return username;
    }

    private static Response me(String username, String password, String address) {
        return given().auth().preemptive().basic(username, password).header("X-Forwarded-For", address)
                .accept(ContentType.JSON).get("/api/v1/me");
    }
}
