package kiku.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Security headers on every answer. A Vert.x filter rather than a JAX-RS one, so that static
 * files, Swagger UI, the form login's redirects and the framework's own errors get them too.
 * See docs/SECURITY.md.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** No inline script or style anywhere: pages load /js and /css files only (htmx's own inline
     *  indicator style is switched off in layout.html and lives in kiku.css). */
    static final String CSP = String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self'",
            "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
            "frame-ancestors 'none'");

    /** Swagger UI starts itself with an inline script and inline styles; everything else stays strict. */
    static final String SWAGGER_CSP = String.join("; ", "default-src 'self'",
            "script-src 'self' 'unsafe-inline'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
            "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

    /** Files that may be cached; every other answer (pages, API, errors) is personal data: no-store. */
    static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/img/", "/favicon.svg",
            "/q/swagger-ui");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(ignored -> add(rc));
            rc.next();
        }, 1000);
    }

    private static void add(RoutingContext rc) {
        String path = rc.normalizedPath();
        MultiMap headers = rc.response().headers();
        String csp = csp(path);
        if (csp != null) {
            headers.set("Content-Security-Policy", csp);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        if (STATIC.stream().noneMatch(path::startsWith)) {
            headers.set("Cache-Control", "no-store");
        }
    }

    static String csp(String path) {
        if (path.startsWith("/q/swagger-ui")) {
            return SWAGGER_CSP;
        }
        // Dev UI (dev mode only) is a framework tool built on inline script
        if (path.startsWith("/q/dev-ui") && LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            return null;
        }
        return CSP;
    }
}
