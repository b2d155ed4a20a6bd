package kiku.web;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import kiku.account.User;

/**
 * What every page needs besides its own data: the language, the signed-in person and the
 * link that switches language. Templates reach it as {@code inject:page}.
 */
@Named("page")
@RequestScoped
public class PageContext {

    @Inject
    HttpServerRequest request;

    @Inject
    SecurityIdentity identity;

    @Inject
    io.vertx.ext.web.RoutingContext routing;

    private Locale locale;
    private String displayName;

    /** {@code ?lang=} first (remembered by {@link LanguageCookie}), then the cookie, then the browser. */
    public Locale locale() {
        if (locale == null) {
            Locale chosen = Lang.supported(request.getParam("lang"));
            if (chosen == null) {
                Cookie cookie = request.getCookie(Lang.COOKIE);
                chosen = cookie == null ? null : Lang.supported(cookie.getValue());
            }
            if (chosen == null) {
                chosen = Lang.supported(firstLanguage(request.getHeader("Accept-Language")));
            }
            locale = chosen == null ? Lang.JA : chosen;
        }
        return locale;
    }

    public String lang() {
        return locale().getLanguage();
    }

    /**
     * An error page for a request refused before it reached a resource (415 on a page POST, say) is
     * rendered on the IO thread, where the lazily authenticated identity cannot be resolved: such a
     * page is shown as to a signed-out visitor instead of failing with a 500.
     */
    public boolean signedIn() {
        return mayResolveIdentity() && !identity.isAnonymous();
    }

    /**
     * The error page of an unknown path renders on the IO thread, where resolving a session's
     * identity (and reading the user's name) may not block: it then shows the signed-out header.
     */
    private static boolean mayResolveIdentity() {
        return BlockingOperationControl.isBlockingAllowed();
    }

    public String displayName() {
        if (displayName == null && signedIn()) {
            displayName = User.findByUsername(identity.getPrincipal().getName()).map(u -> u.displayName)
                    .orElse(identity.getPrincipal().getName());
        }
        return displayName;
    }

    /**
     * Whether the CSRF filter gave this request a token. It has not when a POST is refused before
     * the filter runs (a 403 from a role check): the error page then leaves out the forms that need one.
     */
    public boolean csrfReady() {
        return routing.get("csrf_token") != null;
    }

    public boolean hasRole(String role) {
        return mayResolveIdentity() && (identity.hasRole(role) || identity.hasRole("admin"));
    }

    /** The current page in the other language. */
    public String switchLanguageUrl() {
        String other = Lang.JA.equals(locale()) ? "en" : "ja";
        String query = request.query() == null ? "" : request.query().replaceAll("(^|&)lang=[^&]*", "");
        query = query.startsWith("&") ? query.substring(1) : query;
        return request.path() + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + other;
    }

    public String path() {
        return request.path();
    }

    /** The first segment of the path ("" on the overview): which menu item is current. */
    public String section() {
        String path = request.path();
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }

    private static String firstLanguage(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        for (String part : header.split(",")) {
            String tag = part.split(";")[0].strip();
            if (Lang.supported(tag) != null) {
                return tag;
            }
        }
        return null;
    }
}
