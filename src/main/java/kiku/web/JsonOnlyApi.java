package kiku.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The API reads JSON in UTF-8 (RFC 8259) and nothing else: a body of another type is a 415 before
 * anything reads it. Left to the framework, a multipart body failed in its parser (a 500), a form an
 * empty 400, and text became the one field of a one-field body.
 */
public class JsonOnlyApi {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request, HttpHeaders headers) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || !WITH_BODY.contains(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/") || json(type)) {
            return null;
        }
        var locale = Lang.ofApi(headers);
        ProblemBody body = new ProblemBody("about:blank", Texts.format(locale, "status.415"), 415,
                Texts.format(locale, "error.mediaType"), null);
        return Response.status(415).type(ProblemBody.MEDIA_TYPE).entity(body).build();
    }

    /** application/json or a +json type, in UTF-8 if a charset is named. */
    static boolean json(String contentType) {
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        boolean json = type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return json && (charset == null || List.of("utf-8", "utf8").contains(charset.toLowerCase(Locale.ROOT)));
    }
}
