package kiku.hearing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kiku.account.Role;
import kiku.department.Department;
import kiku.department.DepartmentTree;
import kiku.web.FormErrors;
import kiku.web.FormInput;
import kiku.web.HtmlResponse;
import kiku.web.PageContext;
import kiku.web.Problem;

/**
 * Logging, editing and deleting hearings. The notes editor keeps a draft in the browser
 * (js/draft.js); the page after a successful save tells it which draft to forget.
 */
@Path("/hearings")
@RolesAllowed({Role.OFFICER, Role.ADMIN})
public class HearingFormPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(HearingForm form, Hearing hearing, FormErrors errors,
                                            List<DepartmentTree.Node> departments, List<HearingStatus> statuses,
                                            Hearing current);

        static native TemplateInstance delete(Hearing hearing, String message);
    }

    @Inject
    HearingService service;

    @Inject
    PageContext page;

    @Inject
    Validator validator;

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm(@QueryParam("department") String department) {
        return form(HearingForm.blank(department, page.displayName()), null, FormErrors.none(), null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@BeanParam HearingForm form) {
        FormInput in = new FormInput(page.locale());
        HearingDto input = form.toDto(in);
        FormErrors errors = in.validate(validator, input);
        if (errors.isEmpty()) {
            try {
                return HtmlResponse.seeOther("/hearings/" + service.create(input).id() + "?saved=new");
            } catch (Problem p) {
                return HtmlResponse.status(p.status(), form(form, null, FormErrors.of(p, page.locale()), null));
            }
        }
        return HtmlResponse.status(400, form(form, null, errors, null));
    }

    @GET
    @Path("{id:\\d+}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editForm(@PathParam("id") long id) {
        Hearing hearing = service.get(id);
        return form(HearingForm.of(hearing), hearing, FormErrors.none(), null);
    }

    @POST
    @Path("{id:\\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") long id, @BeanParam HearingForm form) {
        Hearing hearing = service.get(id);
        FormInput in = new FormInput(page.locale());
        HearingDto input = form.toDto(in);
        FormErrors errors = in.validate(validator, input);
        if (errors.isEmpty()) {
            try {
                service.update(id, input);
                return HtmlResponse.seeOther("/hearings/" + id + "?saved=edit");
            } catch (Problem p) {
                if (!p.isStale()) {
                    return HtmlResponse.status(p.status(), form(form, hearing, FormErrors.of(p, page.locale()), null));
                }
                // the stored hearing is shown; the form keeps the user's text, now against the current version
                Hearing current = service.get(id);
                form.version = String.valueOf(current.version);
                errors = FormErrors.none().add(FormErrors.FORM, FormInput.conflictMessage(page.locale()));
                return HtmlResponse.status(409, form(form, hearing, errors, current));
            }
        }
        return HtmlResponse.status(400, form(form, hearing, errors, null));
    }

    @GET
    @Path("{id:\\d+}/delete")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        return Templates.delete(service.get(id), null).setLocale(page.locale());
    }

    @POST
    @Path("{id:\\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@PathParam("id") long id) {
        Hearing hearing = service.get(id);
        return HtmlResponse.deleted(() -> service.delete(id), "/hearings", message -> Templates.delete(hearing, message),
                page.locale());
    }

    private TemplateInstance form(HearingForm form, Hearing hearing, FormErrors errors, Hearing current) {
        // inactive departments stay out of the choice, except the one this hearing already belongs to
        List<DepartmentTree.Node> departments = DepartmentTree.ordered(Department.listOrdered()).stream()
                .filter(n -> n.department().active || String.valueOf(n.department().id).equals(form.departmentId))
                .toList();
        return Templates.form(form, hearing, errors, departments, List.of(HearingStatus.values()), current)
                .setLocale(page.locale());
    }
}
