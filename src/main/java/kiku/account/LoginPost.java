package kiku.account;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kiku.web.BodyTypes;
import kiku.web.ErrorPages;
import kiku.web.Lang;
import kiku.web.Texts;

/**
 * The sign-in form's post (Quarkus' form login) takes the form only: other bodies, JSON say, made
 * its reader fail with a 500. A Vert.x filter, as the form login answers before any resource.
 */
@ApplicationScoped
public class LoginPost {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (rc.request().method() == HttpMethod.POST && ErrorPages.LOGIN_POST.equals(rc.normalizedPath())
                    && type != null && !BodyTypes.form(type)) {
                rc.response().setStatusCode(415).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                        .end(Texts.format(Lang.JA, "error.formMediaType"));
                return;
            }
            rc.next();
        }, 900); // after SecurityHeaders (1000), which adds its headers to this answer too; before the form login
    }
}
