package kiku.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiku.Api;

/**
 * What a browser does for the page tests: signs in through Quarkus' form login and keeps the
 * cookies it is given. Redirects are never followed, so tests see every 302/303 themselves.
 */
public final class Browser {

    public static final String SESSION_COOKIE = "quarkus-credential";
    public static final String LOCATION_COOKIE = "quarkus-redirect-location";

    private static final Map<String, List<String>> ROLES = Map.of(Api.VIEWER, List.of("viewer"),
            Api.OFFICER, List.of("officer"), Api.MANAGER, List.of("manager"), Api.RATER, List.of("rater"));
    private static final Pattern CSRF_FIELD = Pattern.compile(
            "<input type=\"hidden\" name=\"csrf-token\" value=\"([^\"]+)\">");

    private Browser() {}

    /** A request without following redirects and with the given cookies. */
    public static RequestSpecification visit(Map<String, String> cookies) {
        return given().redirects().follow(false).cookies(cookies);
    }

    /** The sign-in form's POST; the answer is the form login's redirect. */
    public static Response submitLogin(String username, String password, Map<String, String> cookies) {
        return visit(cookies).contentType(ContentType.URLENC).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check");
    }

    /** Signs in a standard test account and returns the cookies that make up the session. */
    public static Map<String, String> signIn(String username) {
        if (ROLES.containsKey(username)) {
            Api.ensureUser(username, ROLES.get(username));
        }
        Response answer = submitLogin(username, Api.password(username), Map.of());
        assertTrue(answer.statusCode() == 302 || answer.statusCode() == 303, "form login answer " + answer.statusCode());
        assertNotNull(answer.cookie(SESSION_COOKIE), "form login sets the session cookie");
        return keep(new HashMap<>(), answer);
    }

    /** The cookies after a response: set ones replaced, expired or emptied ones removed. */
    public static Map<String, String> keep(Map<String, String> cookies, Response answer) {
        Map<String, String> jar = new HashMap<>(cookies);
        answer.detailedCookies().forEach(c -> {
            if (c.getValue() == null || c.getValue().isEmpty() || c.getMaxAge() == 0) {
                jar.remove(c.getName());
            } else {
                jar.put(c.getName(), c.getValue());
            }
        });
        return jar;
    }

    /** The CSRF token a page put in its forms. */
    public static String csrfToken(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no csrf-token field in the page");
        }
        return m.group(1);
    }
}
