package kiku.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requests may carry at most 1 MiB (hearing notes of 50,000 Japanese characters fit easily),
 * except a restore, whose backup of a whole city is larger; the HTTP layer caps that one at
 * {@code quarkus.http.limits.max-body-size}.
 */
public class BodyLimit {

    public static final long MAX_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request, HttpHeaders headers) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || request.getUriInfo().getPath().equals("/api/v1/restore")) {
            return null;
        }
        try {
            if (Long.parseLong(length.trim()) <= MAX_BYTES) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        var locale = Lang.ofApi(headers);
        ProblemBody body = new ProblemBody("about:blank", Texts.format(locale, "status.413"), 413,
                Texts.format(locale, "error.tooLarge"), null);
        return Response.status(413).type(ProblemBody.MEDIA_TYPE).entity(body).header("Connection", "close").build();
    }
}
