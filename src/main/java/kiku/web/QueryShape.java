package kiku.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The API's query strings name each parameter once, and no list takes a sort: every list has the
 * order API.md gives it (the backlog by rank, the others by id or date). A repeated filter was read
 * as its first value and a sort was ignored, so `?department=2&department=3` or `?sort=title`
 * answered as if asked something else; both are 400 ("unknown sort/filter values", API.md).
 */
public class QueryShape {

    private static final List<String> SORTS = List.of("sort", "order", "orderBy", "sortBy");

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getQueryParameters().entrySet()) {
            if (SORTS.contains(param.getKey())) {
                throw Problem.invalid(param.getKey(), "error.fixedOrder");
            }
            if (param.getValue().size() > 1) {
                throw Problem.invalid(param.getKey(), "error.repeatedParam", param.getKey());
            }
        }
    }
}
