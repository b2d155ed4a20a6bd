package kiku.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query parameters follow the same text rules as bodies ({@link PlainText}): a search for
 * {@code ?q=%00} would otherwise reach PostgreSQL, which cannot hold NUL, and fail there.
 */
public class QueryText {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        if (request.getUriInfo().getRequestUri().getRawQuery() == null) {
            return;
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (!PlainText.isClean(parameter.getKey())) {
                throw Problem.badRequest(PlainText.MESSAGE);
            }
            for (String value : parameter.getValue()) {
                if (!PlainText.isClean(value)) {
                    throw Problem.invalid(parameter.getKey(), PlainText.MESSAGE);
                }
            }
        }
    }
}
