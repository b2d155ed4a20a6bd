package kiku.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** Security headers on every kind of answer, and the attributes of every cookie Kiku sets. */
@QuarkusTest
class SecurityHeadersTest {

    private static final Map<String, String> NO_COOKIES = Map.of();

    @Test
    void pagesGetTheStrictPolicyAndNoStore() {
        assertSecure(Browser.visit(NO_COOKIES).get("/login"), 200, true);
        assertSecure(Browser.visit(Browser.signIn(Api.VIEWER)).get("/"), 200, true);
        assertSecure(Browser.visit(NO_COOKIES).get("/backlog"), 303, true);
        assertSecure(Browser.visit(Browser.signIn(Api.VIEWER)).get("/issues/999999"), 404, true);
        assertSecure(Browser.submitLogin(Api.VIEWER, "not-the-password-123", NO_COOKIES), 303, true);
    }

    @Test
    void apiAnswersGetThemToo() {
        assertSecure(Api.as(Api.VIEWER).get("/api/v1/me"), 200, true);
        assertSecure(Api.anonymous().get("/api/v1/me"), 401, true);
        assertSecure(Api.as(Api.VIEWER).get("/api/v1/no-such-thing"), 404, true);
    }

    @Test
    void staticAssetsMayBeCached() {
        for (String asset : new String[] {"/css/kiku.css", "/webjars/htmx.org/dist/htmx.min.js"}) {
            assertSecure(given().get(asset), 200, false);
        }
    }

    @Test
    void swaggerUiLoadsWithItsInlineCodeAllowed() {
        Response ui = given().get("/q/swagger-ui/");
        ui.then().statusCode(200).body(containsString("swagger-ui"));
        String csp = ui.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self' 'unsafe-inline'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", ui.header("X-Content-Type-Options"));
    }

    @Test
    void layoutSwitchesOffHtmxInlineStyles() {
        Browser.visit(NO_COOKIES).get("/login").then()
                .body(containsString("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false}'>"));
        given().get("/css/kiku.css").then().body(containsString(".htmx-request .htmx-indicator"));
    }

    @Test
    void cookiesAreHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() {
        Response login = Browser.visit(NO_COOKIES).formParam("j_username", Api.VIEWER)
                .formParam("j_password", Api.password(Api.VIEWER)).post("/j_security_check");
        assertCookie(login.detailedCookie(Browser.SESSION_COOKIE), "Strict");
        assertCookie(Browser.visit(NO_COOKIES).get("/login?lang=en").detailedCookie(Lang.COOKIE), "Lax");
        assertCookie(Browser.visit(NO_COOKIES).get("/backlog").detailedCookie(Browser.LOCATION_COOKIE), "Strict");
        Map<String, String> session = Browser.signIn(Api.VIEWER);
        assertCookie(Browser.visit(session).get("/").detailedCookie("csrf-token"), "Strict");
    }

    private static void assertCookie(Cookie cookie, String sameSite) {
        assertTrue(cookie != null && cookie.isHttpOnly(), "HttpOnly: " + cookie);
        assertTrue(sameSite.equalsIgnoreCase(cookie.getSameSite()), "SameSite: " + cookie);
        assertFalse(cookie.isSecured(), "no Secure over plain HTTP (browsers would drop it): " + cookie);
    }

    private static void assertSecure(Response answer, int status, boolean noStore) {
        answer.then().statusCode(status)
                .header("Content-Security-Policy", SecurityHeaders.CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin");
        if (noStore) {
            answer.then().header("Cache-Control", "no-store");
        } else {
            answer.then().header("Cache-Control", org.hamcrest.Matchers.not(containsString("no-store")));
        }
    }
}
