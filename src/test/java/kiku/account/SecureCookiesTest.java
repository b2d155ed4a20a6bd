package kiku.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** Behind a TLS proxy (X-Forwarded-Proto: https) every cookie Kiku sets is Secure. */
@QuarkusTest
@TestProfile(BehindProxyProfile.class)
class SecureCookiesTest {

    @Test
    void everyCookieIsSecureOverHttps() {
        String user = Api.unique("tls");
        Api.ensureUser(user, List.of("viewer"));
        Response login = https().contentType(ContentType.URLENC).formParam("j_username", user)
                .formParam("j_password", Api.password(user)).post("/j_security_check");
        Cookie session = assertSecure(login.detailedCookie(LoginPage.SESSION_COOKIE));
        assertSecure(https().get("/login?lang=en").detailedCookie("kiku-lang"));
        assertSecure(https().get("/backlog").detailedCookie("quarkus-redirect-location"));
        assertSecure(https().cookie(session).get("/").detailedCookie("csrf-token"));
    }

    private static RequestSpecification https() {
        return given().redirects().follow(false).header("X-Forwarded-Proto", "https");
    }

    private static Cookie assertSecure(Cookie cookie) {
        assertTrue(cookie != null && cookie.isSecured() && cookie.isHttpOnly(), "Secure and HttpOnly: " + cookie);
        return cookie;
    }
}
