package kiku.csvimport;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import kiku.account.Role;
import kiku.csvimport.engine.PlannedRow;
import kiku.web.PageAccess;
import kiku.web.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The pages of a CSV import for officers: upload, preview, confirm. A subclass gives its path
 * (class-level {@code @Path}), its importer, its upload template and the list it returns to.
 */
@Authenticated
public abstract class ImportPage<S extends PlannedRow> {

    @Inject
    protected PageContext page;

    protected abstract Importer<S> importer();

    protected abstract Function<ImportView<S>, TemplateInstance> template();

    /** The list page the import returns to, e.g. {@code /issues}. */
    protected abstract String listPath();

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return flow().form();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response preview(@RestForm("file") FileUpload file) {
        return flow().preview(file);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@RestForm String csv, @RestForm String charset, @RestForm boolean validOnly,
                            @RestForm String signature) {
        return flow().confirm(csv, charset, validOnly, signature,
                plan -> listPath() + "?imported=" + ImportFlow.changed(plan));
    }

    private ImportFlow<S> flow() {
        PageAccess.require(page, Role.OFFICER);
        return new ImportFlow<>(importer(), template(), page.locale());
    }
}
