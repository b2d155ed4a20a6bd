package kiku.web;

import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser for page tests: keeps its cookies, remembers the CSRF token of the last
 * page it read and sends it with every form it posts. Redirects are not followed.
 */
public final class PageSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Map<String, String> jar;
    private String token;

    private PageSession(Map<String, String> jar) {
        this.jar = jar;
    }

    public static PageSession signIn(String username) {
        return new PageSession(Browser.signIn(username));
    }

    /** A page that must answer 200 with HTML. */
    public String page(String path) {
        Response answer = get(path);
        answer.then().statusCode(200).contentType(startsWith("text/html"));
        return answer.asString();
    }

    public Response get(String path) {
        return remember(Browser.visit(jar).get(path));
    }

    /** A form request with the CSRF token; add fields with {@code formParam}, then post. */
    public RequestSpecification form() {
        if (token == null) {
            throw new IllegalStateException("read a page with a form first");
        }
        // UTF-8 as browsers send forms of a UTF-8 page (RestAssured would default to ISO-8859-1)
        return Browser.visit(jar).contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("csrf-token", token);
    }

    /** A multipart form with the CSRF token, as browsers send the scoring sheet (no 1,000-field limit). */
    public RequestSpecification multipart() {
        if (token == null) {
            throw new IllegalStateException("read a page with a form first");
        }
        return Browser.visit(jar).multiPart("csrf-token", token);
    }

    /** Posts a form built by {@link #form()} and keeps the cookies of the answer. */
    public Response post(RequestSpecification form, String path) {
        return remember(form.post(path));
    }

    /** A request with the session's cookies only (no token), e.g. for GET fragments. */
    public RequestSpecification request() {
        return Browser.visit(jar);
    }

    private Response remember(Response answer) {
        jar = Browser.keep(jar, answer);
        Matcher m = CSRF_FIELD.matcher(answer.asString());
        if (m.find()) {
            token = m.group(1);
        }
        return answer;
    }
}
