package kiku.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kiku.web.FormErrors;
import kiku.web.FormInput;
import kiku.web.HtmlResponse;
import kiku.web.PageContext;
import kiku.web.Paging;
import kiku.web.Problem;

/** Accounts for the administrator: list, add, edit (name, roles, optional new password), delete. */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN)
public class UserAdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<UserService.UserView> users, String me);

        static native TemplateInstance form(UserForm form, User user, FormErrors errors, List<Role> roles,
                                            UserService.UserView current);

        static native TemplateInstance delete(User user, String message);
    }

    @Inject
    UserService service;

    @Inject
    PageContext page;

    @Inject
    jakarta.validation.Validator validator;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.list(service.list(new Paging(0, Paging.MAX_SIZE)).items(), identity.getPrincipal().getName())
                .setLocale(page.locale());
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm() {
        return form(UserForm.blank(), null, FormErrors.none(), null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@BeanParam UserForm form) {
        FormErrors checked = FormErrors.validate(validator, form, page.locale());
        if (!checked.isEmpty()) {
            return HtmlResponse.status(400, form(form, null, checked, null));
        }
        try {
            service.create(form.toInput(false));
            return HtmlResponse.seeOther("/admin/users");
        } catch (Problem p) {
            return HtmlResponse.status(p.status(), form(form, null, errors(p), null));
        }
    }

    @GET
    @Path("{id:\\d+}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editForm(@PathParam("id") long id) {
        User user = service.get(id);
        return form(UserForm.of(user), user, FormErrors.none(), null);
    }

    @POST
    @Path("{id:\\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") long id, @BeanParam UserForm form) {
        User user = service.get(id);
        form.username = user.username;
        FormErrors checked = FormErrors.validate(validator, form, page.locale());
        if (!checked.isEmpty()) {
            return HtmlResponse.status(400, form(form, user, checked, null));
        }
        try {
            service.update(id, form.toInput(true));
            return HtmlResponse.seeOther("/admin/users");
        } catch (Problem p) {
            if (!p.isStale()) {
                return HtmlResponse.status(p.status(), form(form, user, errors(p), null));
            }
            // read at the start of this request, after the other save: what is stored now
            UserService.UserView current = UserService.UserView.of(user);
            form.version = String.valueOf(current.version());
            FormErrors conflict = FormErrors.none().add(FormErrors.FORM, FormInput.conflictMessage(page.locale()));
            return HtmlResponse.status(409, form(form, user, conflict, current));
        }
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
        User user = service.get(id);
        return HtmlResponse.deleted(() -> service.delete(id), "/admin/users", message -> Templates.delete(user, message),
                page.locale());
    }

    /** A taken username belongs next to the username field. */
    private FormErrors errors(Problem p) {
        FormErrors errors = FormErrors.of(p, page.locale());
        return "user.duplicate".equals(p.messageKey()) ? FormErrors.none().add("username", errors.form()) : errors;
    }

    private TemplateInstance form(UserForm form, User user, FormErrors errors, UserService.UserView current) {
        return Templates.form(form, user, errors, List.of(Role.values()), current).setLocale(page.locale());
    }
}
