package kiku.hearing;

import io.quarkus.qute.CheckedTemplate;
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
import kiku.account.Role;
import kiku.csvimport.ImportFlow;
import kiku.csvimport.ImportView;
import kiku.hearing.engine.HearingPlan;
import kiku.web.PageAccess;
import kiku.web.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Hearings kept in an Excel sheet: upload a CSV, check the preview, then confirm (officers). */
@Path("/hearings/import")
@Authenticated
public class HearingImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(ImportView<HearingPlan.Step> view);
    }

    @Inject
    HearingImportService service;

    @Inject
    PageContext page;

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
        return flow().confirm(csv, charset, validOnly, signature, plan -> "/hearings?imported=" + ImportFlow.changed(plan));
    }

    private ImportFlow<HearingPlan.Step> flow() {
        PageAccess.require(page, Role.OFFICER);
        return new ImportFlow<>(service, Templates::upload, page.locale());
    }
}
