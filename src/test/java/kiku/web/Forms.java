package kiku.web;

import static kiku.web.Browser.visit;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Collection;
import java.util.Map;

/** What a browser does with a form: opens its page (cookies and CSRF token), then posts it as UTF-8. */
final class Forms {

    static final String URLENC_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8";

    /** A signed-in visitor who has opened a page with a form. */
    record Opened(Map<String, String> cookies, String token, String html) {

        /** Posts fields (a Collection value sends the field once per element, as checkboxes do). */
        Response post(String path, Map<String, ?> fields) {
            return request(fields).formParam("csrf-token", token).post(path);
        }

        /** The same post without any CSRF token. */
        Response postWithoutToken(String path, Map<String, ?> fields) {
            return request(fields).post(path);
        }

        private RequestSpecification request(Map<String, ?> fields) {
            RequestSpecification request = visit(cookies).contentType(URLENC_UTF8);
            fields.forEach((name, value) -> {
                if (value instanceof Collection<?> values) {
                    request.formParam(name, values.toArray());
                } else {
                    request.formParam(name, value);
                }
            });
            return request;
        }
    }

    private Forms() {}

    static Opened open(Map<String, String> cookies, String path) {
        Response page = visit(cookies).get(path);
        page.then().statusCode(200).contentType(startsWith("text/html"));
        String html = page.asString();
        return new Opened(Browser.keep(cookies, page), Browser.csrfToken(html), html);
    }

    static String page(Map<String, String> cookies, String path) {
        return visit(cookies).get(path).then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
    }

    /** HTML escaping as Qute does it for text and attribute values. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
