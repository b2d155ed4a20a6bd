package kiku.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers a language chosen with {@code ?lang=} for a year. */
public class LanguageCookie {

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        Locale chosen = Lang.supported(request.getUriInfo().getQueryParameters().getFirst("lang"));
        if (chosen != null && !request.getUriInfo().getPath().startsWith("/api/")) {
            NewCookie cookie = new NewCookie.Builder(Lang.COOKIE).value(chosen.getLanguage()).path("/")
                    .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true)
                    .secure("https".equals(request.getUriInfo().getRequestUri().getScheme())).build();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
    }
}
