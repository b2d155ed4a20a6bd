package kiku.department;

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
import java.util.Set;
import kiku.account.Role;
import kiku.web.FormErrors;
import kiku.web.FormInput;
import kiku.web.HtmlResponse;
import kiku.web.PageContext;
import kiku.web.Problem;

/** Adding, editing and deleting departments; every refusal comes back as the form with its message. */
@Path("/departments")
@RolesAllowed({Role.OFFICER, Role.ADMIN})
public class DepartmentFormPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(DepartmentForm form, Department department, FormErrors errors,
                                            List<DepartmentTree.Node> parents, List<DepartmentKind> kinds,
                                            Department current);

        static native TemplateInstance delete(Department department, String message);
    }

    @Inject
    DepartmentService service;

    @Inject
    PageContext page;

    @Inject
    Validator validator;

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm(@QueryParam("parent") String parent) {
        return form(DepartmentForm.blank(parent), null, FormErrors.none(), null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@BeanParam DepartmentForm form) {
        FormInput in = new FormInput(page.locale());
        DepartmentDto input = form.toDto(in);
        FormErrors errors = in.validate(validator, input);
        if (errors.isEmpty()) {
            try {
                return HtmlResponse.seeOther("/departments/" + service.create(input).id());
            } catch (Problem p) {
                return refused(p, form, null, null);
            }
        }
        return HtmlResponse.status(400, form(form, null, errors, null));
    }

    @GET
    @Path("{id:\\d+}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editForm(@PathParam("id") long id) {
        Department department = service.get(id);
        return form(DepartmentForm.of(department), department, FormErrors.none(), null);
    }

    @POST
    @Path("{id:\\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") long id, @BeanParam DepartmentForm form) {
        Department department = service.get(id);
        FormInput in = new FormInput(page.locale());
        DepartmentDto input = form.toDto(in);
        FormErrors errors = in.validate(validator, input);
        if (errors.isEmpty()) {
            try {
                service.update(id, input);
                return HtmlResponse.seeOther("/departments/" + id);
            } catch (Problem p) {
                Department current = p.isStale() ? service.get(id) : null;
                return refused(p, form, department, current);
            }
        }
        return HtmlResponse.status(400, form(form, department, errors, null));
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
        Department department = service.get(id);
        return HtmlResponse.deleted(() -> service.delete(id), "/departments", message -> Templates.delete(department, message),
                page.locale());
    }

    /**
     * The service's refusal next to its field; a stale version shows what is stored now while the
     * form keeps the user's values with the current version, so saving again re-applies them.
     */
    private Response refused(Problem p, DepartmentForm form, Department department, Department current) {
        FormErrors errors = FormErrors.of(p, page.locale());
        if ("department.duplicate".equals(p.messageKey())) {
            errors = FormErrors.none().add("name", errors.form());
        }
        if (current != null) {
            form.version = String.valueOf(current.version);
            errors = FormErrors.none().add(FormErrors.FORM, FormInput.conflictMessage(page.locale()));
        }
        return HtmlResponse.status(p.status(), form(form, department, errors, current));
    }

    private TemplateInstance form(DepartmentForm form, Department department, FormErrors errors, Department current) {
        List<Department> all = Department.listOrdered();
        Set<Long> excluded = department == null ? Set.of() : DepartmentTree.subtree(department.id, all);
        List<DepartmentTree.Node> parents = DepartmentTree.ordered(all).stream()
                .filter(n -> !excluded.contains(n.department().id)).toList();
        return Templates.form(form, department, errors, parents, List.of(DepartmentKind.values()), current)
                .setLocale(page.locale());
    }
}
