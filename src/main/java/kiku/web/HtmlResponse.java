package kiku.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.function.Function;

/** The two answers of a form POST: 303 to the result (PRG), or the page again with a status. */
public final class HtmlResponse {

    private HtmlResponse() {}

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    public static Response status(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /**
     * A confirmed delete: 303 to the list, or the confirmation page again with the service's
     * refusal (e.g. 409 for a department that still has hearings).
     */
    public static Response deleted(Runnable delete, String list, Function<String, TemplateInstance> confirmation,
                                   Locale locale) {
        try {
            delete.run();
            return seeOther(list);
        } catch (Problem p) {
            return status(p.status(), confirmation.apply(FormErrors.of(p, locale).form()).setLocale(locale));
        }
    }
}
