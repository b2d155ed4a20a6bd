package kiku.department;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import kiku.account.Role;
import kiku.department.engine.DepartmentCsv;
import kiku.department.engine.ImportPlan;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kiku.web.FormErrors;
import kiku.web.HtmlResponse;
import kiku.web.PageContext;
import kiku.web.Problem;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The department list from the city's organisation chart: upload a CSV, check the preview, then
 * confirm. The preview carries the decoded text (Base64, so line breaks inside quoted fields survive)
 * and the confirmation plans it again, so what is saved is what the current tree makes of it.
 */
@Path("/departments/import")
@RolesAllowed({Role.OFFICER, Role.ADMIN})
public class DepartmentImportPage {

    /** The upload form, and the plan of an uploaded file (null before the first upload). */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(ImportPlan plan, String charset, String csv, String fileError);
    }

    @Inject
    DepartmentService service;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return Templates.upload(null, null, null, null).setLocale(page.locale());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response preview(@RestForm("file") FileUpload file) {
        byte[] bytes = read(file);
        if (bytes.length == 0) {
            String message = MessageBundles.get(DepartmentMsg.class, Localized.Literal.of(page.lang())).file_required();
            return HtmlResponse.status(400, Templates.upload(null, null, null, message).setLocale(page.locale()));
        }
        DepartmentCsv.Decoded decoded = DepartmentCsv.decode(bytes);
        return show(decoded.text(), decoded.charset(), 200, null);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@RestForm String csv, @RestForm String charset) {
        String text;
        try {
            text = new String(Base64.getDecoder().decode(csv == null ? "" : csv), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("error.badRequest");
        }
        DepartmentCsv.Result rows = DepartmentCsv.parse(text);
        try {
            ImportPlan plan = service.importCsv(rows);
            long changed = plan.count(ImportPlan.Action.CREATE) + plan.count(ImportPlan.Action.UPDATE);
            return HtmlResponse.seeOther("/departments?imported=" + changed);
        } catch (Problem p) {
            // the tree changed since the preview, or a rule only the service knows refused a line
            String message = FormErrors.of(p, page.locale()).all().values().iterator().next();
            return show(text, charset == null ? "UTF-8" : charset, p.status(), message);
        }
    }

    private Response show(String text, String charset, int status, String message) {
        ImportPlan plan = service.previewImport(DepartmentCsv.parse(text));
        String carried = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        int shown = plan.valid() ? status : 400;
        return HtmlResponse.status(shown, Templates.upload(plan, charset, carried, message).setLocale(page.locale()));
    }

    private static byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
