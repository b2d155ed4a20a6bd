package kiku.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What a body may be, refused (415) before anything reads it: the API reads JSON in UTF-8 (RFC 8259),
 * the pages read their forms. Left to the framework, a multipart body sent to the API failed in its
 * parser (a 500), a form there got an empty 400, text became the one field of a one-field body, and
 * JSON posted to a page's form left it without its CSRF token (a 500).
 */
public class BodyTypes {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    /** ProblemMapper answers the refusal: problem+json on the API, an error page elsewhere. */
    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || !WITH_BODY.contains(request.getMethod())) {
            return;
        }
        boolean api = request.getUriInfo().getPath().startsWith("/api/");
        if (api ? !json(type) : !form(type)) {
            throw new Problem(415, api ? "error.mediaType" : "error.formMediaType", List.of());
        }
    }

    /** application/json or a +json type, in UTF-8 if a charset is named. */
    static boolean json(String contentType) {
        MediaType type = parse(contentType);
        if (type == null || !type.getType().equalsIgnoreCase("application")) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return (subtype.equals("json") || subtype.endsWith("+json"))
                && (charset == null || List.of("utf-8", "utf8").contains(charset.toLowerCase(Locale.ROOT)));
    }

    /** What an HTML form sends: URL-encoded fields, or multipart with a file. */
    public static boolean form(String contentType) {
        MediaType type = parse(contentType);
        if (type == null) {
            return false;
        }
        String name = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        return name.equals(MediaType.APPLICATION_FORM_URLENCODED) || name.equals(MediaType.MULTIPART_FORM_DATA);
    }

    private static MediaType parse(String contentType) {
        try {
            return MediaType.valueOf(contentType);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
