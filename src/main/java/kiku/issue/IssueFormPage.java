package kiku.issue;

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
import kiku.department.DepartmentTree;
import kiku.web.FormErrors;
import kiku.web.FormInput;
import kiku.web.HtmlResponse;
import kiku.web.PageContext;
import kiku.web.Problem;

/**
 * Adding, editing and deleting issues. Managers may open the edit form to plan an issue (status and
 * fiscal year); the service refuses anything more with a 403, shown on the form.
 */
@Path("/issues")
public class IssueFormPage {

    /** The choices the form offers besides the typed values. */
    public record Choices(List<DepartmentTree.Node> departments, List<IssueChoices.HearingGroup> hearings,
                          List<String> categories, List<String> proposals, List<IssueStatus> statuses,
                          List<IssueChoices.SimilarRow> similar, List<IssueChoices.QuoteRow> quotes) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(IssueForm form, Issue issue, FormErrors errors, Choices choices,
                                            Issue current);

        static native TemplateInstance delete(Issue issue, String message);
    }

    @Inject
    IssueService service;

    @Inject
    IssueChoices choices;

    @Inject
    PageContext page;

    @Inject
    Validator validator;

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public TemplateInstance newForm(@QueryParam("department") String department, @QueryParam("hearing") String hearing) {
        return form(IssueForm.blank(department, hearing), null, FormErrors.none(), null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response create(@BeanParam IssueForm form) {
        if (form.refresh()) {
            return HtmlResponse.status(200, form(form, null, FormErrors.none(), null));
        }
        FormInput in = new FormInput(page.locale());
        IssueDto input = form.toDto(in, page.locale());
        FormErrors errors = in.validate(validator, input);
        if (errors.isEmpty()) {
            try {
                return HtmlResponse.seeOther("/issues/" + service.create(input).id());
            } catch (Problem p) {
                return HtmlResponse.status(p.status(), form(form, null, FormErrors.of(p, page.locale()), null));
            }
        }
        return HtmlResponse.status(400, form(form, null, errors, null));
    }

    @GET
    @Path("{id:\\d+}/edit")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.OFFICER, Role.MANAGER, Role.ADMIN})
    public TemplateInstance editForm(@PathParam("id") long id) {
        Issue issue = editable(id);
        return form(IssueForm.of(issue), issue, FormErrors.none(), null);
    }

    @POST
    @Path("{id:\\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.OFFICER, Role.MANAGER, Role.ADMIN})
    public Response update(@PathParam("id") long id, @BeanParam IssueForm form) {
        Issue issue = editable(id);
        if (form.refresh()) {
            return HtmlResponse.status(200, form(form, issue, FormErrors.none(), null));
        }
        FormInput in = new FormInput(page.locale());
        IssueDto input = form.toDto(in, page.locale());
        FormErrors errors = in.validate(validator, input);
        if (errors.isEmpty()) {
            try {
                service.update(id, input, page.hasRole(Role.OFFICER));
                return HtmlResponse.seeOther("/issues/" + id);
            } catch (Problem p) {
                if (!p.isStale()) {
                    return HtmlResponse.status(p.status(), form(form, issue, FormErrors.of(p, page.locale()), null));
                }
                Issue current = service.get(id);
                form.version = String.valueOf(current.version);
                errors = FormErrors.none().add(FormErrors.FORM, FormInput.conflictMessage(page.locale()));
                return HtmlResponse.status(409, form(form, issue, errors, current));
            }
        }
        return HtmlResponse.status(400, form(form, issue, errors, null));
    }

    @GET
    @Path("{id:\\d+}/delete")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        return Templates.delete(service.get(id), null).setLocale(page.locale());
    }

    @POST
    @Path("{id:\\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response delete(@PathParam("id") long id) {
        Issue issue = service.get(id);
        return HtmlResponse.deleted(() -> service.delete(id), "/issues", message -> Templates.delete(issue, message),
                page.locale());
    }

    /** A merged issue lives on in its target; editing it would quietly un-merge it. */
    private Issue editable(long id) {
        Issue issue = service.get(id);
        if (issue.status == IssueStatus.MERGED) {
            throw Problem.conflict("issue.mergedNoEdit");
        }
        return issue;
    }

    private TemplateInstance form(IssueForm form, Issue issue, FormErrors errors, Issue current) {
        List<IssueStatus> statuses = List.of(IssueStatus.values()).stream().filter(s -> s != IssueStatus.MERGED).toList();
        Choices offered = new Choices(choices.departments(form), choices.hearings(form.departmentIds, form.hearingIds),
                choices.categories(), choices.proposals(), statuses,
                issue == null ? choices.similar(form.title) : List.of(), choices.quotes(form, errors));
        return Templates.form(form, issue, errors, offered, current).setLocale(page.locale());
    }
}
