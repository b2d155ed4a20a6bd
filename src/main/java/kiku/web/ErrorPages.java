package kiku.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;

/** Error answers for the HTML side: an error page, or the way to the sign-in form. */
public final class ErrorPages {

    /** The cookie Quarkus' form login reads to send the user back where they were going. */
    static final String LOCATION_COOKIE = "quarkus-redirect-location";

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String message);
    }

    private ErrorPages() {}

    static Response page(int status, String message, Locale locale) {
        String html = Templates.error(status, message).setLocale(locale).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** Where the sign-in form posts (Quarkus' form login, quarkus.http.auth.form.post-location). */
    public static final String LOGIN_POST = "/j_security_check";

    static boolean isLoginPost(UriInfo uri) {
        return LOGIN_POST.equals(uri.getPath());
    }

    /**
     * A failed sign-in. With lazy authentication the failure reaches our mapper instead of form
     * login's error-page redirect, so it is done here: the form again with its message, and the page
     * the visitor was going to stays remembered (no new location cookie).
     */
    static Response loginFailed() {
        return Response.seeOther(URI.create("/login?error=true")).build();
    }

    /** 303 to the sign-in form, remembering the page so that signing in comes back to it. */
    static Response toLogin(UriInfo uri) {
        NewCookie back = new NewCookie.Builder(LOCATION_COOKIE).value(uri.getRequestUri().toString()).path("/")
                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT)
                .secure("https".equals(uri.getRequestUri().getScheme())).build();
        return Response.seeOther(URI.create("/login")).cookie(back).build();
    }
}
