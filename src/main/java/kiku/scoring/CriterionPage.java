package kiku.scoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kiku.account.Role;
import kiku.web.Bundles;
import kiku.web.FormErrors;
import kiku.web.PageAccess;
import kiku.web.PageContext;
import kiku.web.Problem;
import kiku.web.Texts;
import org.jboss.resteasy.reactive.RestForm;

/** Criteria with their weights and shares; create, edit and delete forms, bulk weights and AHP for managers. */
@Path("/criteria")
@Authenticated
public class CriterionPage {

    /** A criterion with its share of the ranking weight, null when it takes no part in ranking. */
    public record Row(Criterion criterion, Double share) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance criteria(List<Row> rows, boolean canEdit, String done, CriteriaForms forms,
                                                AhpForm ahp);

        static native TemplateInstance criteria$ahpResult(AhpForm ahp);

        static native TemplateInstance edit(long id, Criterion stored, CriterionForm form, FormErrors errors,
                                            boolean conflict, boolean canEdit);
    }

    @Inject
    CriterionService service;

    @Inject
    Validator validator;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("done") String done, @QueryParam("ids") List<Long> ids,
                                 @QueryParam("pair") List<String> pair) {
        String known = done != null && done.matches("created|saved|deleted|weights|ahp") ? done : null;
        return list(known, CriteriaForms.fresh(), ids, pair);
    }

    /** htmx: weights and consistency of the chosen comparisons; nothing is saved. */
    @GET
    @Path("ahp")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance ahp(@QueryParam("ids") List<Long> ids, @QueryParam("pair") List<String> pair) {
        return Templates.criteria$ahpResult(AhpForm.of(ScoringSheetService.activeCriteria(), ids, pair))
                .setLocale(page.locale());
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response create(@RestForm String name, @RestForm String description, @RestForm String weight,
                           @RestForm String minScore, @RestForm String maxScore, @RestForm String direction,
                           @RestForm boolean active, @RestForm String position, @RestForm String source,
                           @RestForm String thresholds) {
        PageAccess.require(page, Role.MANAGER);
        CriterionForm form = new CriterionForm(name, description, weight, minScore, maxScore, direction, active,
                position, null, source, thresholds);
        FormErrors errors = FormErrors.none();
        try {
            CriterionDto dto = checked(form, null, errors);
            if (dto != null) {
                service.create(dto);
                return done("created");
            }
            return refused(400, CriteriaForms.create(form, errors));
        } catch (Problem p) {
            return refused(p.status(), CriteriaForms.create(form, FormErrors.of(p, page.locale())));
        }
    }

    /** Bulk weights: {@code wid} and {@code w} are sent pairwise, in the same order. */
    @POST
    @Path("weights")
    @Produces(MediaType.TEXT_HTML)
    public Response weights(@RestForm List<Long> wid, @RestForm List<String> w) {
        PageAccess.require(page, Role.MANAGER);
        FormErrors errors = FormErrors.none();
        if (wid == null || w == null || wid.size() != w.size()) { // the form sends one weight per criterion
            errors.add(FormErrors.FORM, Texts.format(page.locale(), "error.badRequest"));
        }
        Map<Long, Double> weights = CriterionForm.weights(wid, w, errors, texts().number());
        try {
            if (errors.isEmpty()) {
                service.setWeights(weights);
                return done("weights");
            }
        } catch (Problem p) {
            errors = FormErrors.of(p, page.locale());
        }
        return refused(400, CriteriaForms.weights(wid, w, errors));
    }

    @POST
    @Path("ahp")
    @Produces(MediaType.TEXT_HTML)
    public Response applyAhp(@RestForm List<Long> ids, @RestForm List<String> pair, @RestForm boolean accept) {
        PageAccess.require(page, Role.MANAGER);
        try {
            AhpForm form = AhpForm.posted(ScoringSheetService.activeCriteria(), ids, pair);
            service.applyAhp(ids == null ? List.of() : ids, form.matrix(), accept);
            return done("ahp");
        } catch (Problem p) {
            String message = String.join(" ", FormErrors.of(p, page.locale()).all().values());
            return Response.status(p.status()).entity(list(null, CriteriaForms.ahp(message, accept), ids, pair)).build();
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance edit(@PathParam("id") long id) {
        Criterion stored = service.get(id);
        return Templates.edit(id, stored, CriterionForm.of(stored), FormErrors.none(), false,
                page.hasRole(Role.MANAGER)).setLocale(page.locale());
    }

    @POST
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") long id, @RestForm String name, @RestForm String description,
                           @RestForm String weight, @RestForm String minScore, @RestForm String maxScore,
                           @RestForm String direction, @RestForm boolean active, @RestForm String position,
                           @RestForm String version, @RestForm String source, @RestForm String thresholds) {
        PageAccess.require(page, Role.MANAGER);
        Criterion stored = service.get(id);
        CriterionForm form = new CriterionForm(name, description, weight, minScore, maxScore, direction, active,
                position, version == null || !version.strip().matches("\\d{1,18}") ? null : version.strip(), source,
                thresholds);
        FormErrors errors = FormErrors.none();
        if (form.version() == null) { // the hidden field, missing or forged: no field of the form shows it
            errors.add(FormErrors.FORM, Texts.format(page.locale(), "error.versionRequired"));
        }
        try {
            CriterionDto dto = checked(form, id, errors);
            if (dto != null) {
                service.update(id, dto);
                return done("saved");
            }
            return editRefused(400, id, stored, form, errors, false);
        } catch (Problem p) {
            boolean stale = p.status() == 409 && p.isStale();
            // after a conflict the form carries the stored version: saving again is a deliberate overwrite
            CriterionForm kept = stale ? form.withVersion(service.get(id).version) : form;
            return editRefused(p.status(), id, service.get(id), kept, FormErrors.of(p, page.locale()), stale);
        }
    }

    @POST
    @Path("{id}/delete")
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@PathParam("id") long id, @RestForm boolean confirm) {
        PageAccess.require(page, Role.MANAGER);
        Criterion stored = service.get(id);
        if (!confirm) {
            FormErrors errors = FormErrors.none().add("confirm", criteria().delete_unconfirmed());
            return editRefused(400, id, stored, CriterionForm.of(stored), errors, false);
        }
        service.delete(id);
        return done("deleted");
    }

    private TemplateInstance list(String done, CriteriaForms forms, List<Long> ids, List<String> pair) {
        List<Criterion> all = Criterion.ordered();
        double total = all.stream().filter(c -> c.active && c.weight > 0).mapToDouble(c -> c.weight).sum();
        List<Row> rows = all.stream()
                .map(c -> new Row(c, c.active && c.weight > 0 && total > 0 ? c.weight / total : null)).toList();
        AhpForm ahp;
        try {
            ahp = AhpForm.of(ScoringSheetService.activeCriteria(), ids, pair);
        } catch (Problem p) {
            ahp = AhpForm.of(ScoringSheetService.activeCriteria(), null, null);
        }
        return Templates.criteria(rows, page.hasRole(Role.MANAGER), done, forms, ahp).setLocale(page.locale());
    }

    /** The DTO of a form, or null when something is wrong; the messages are then in {@code errors}. */
    private CriterionDto checked(CriterionForm form, Long id, FormErrors errors) {
        CriterionDto dto = form.toDto(id, errors, texts());
        if (errors.isEmpty()) {
            FormErrors.validate(validator, dto, page.locale()).all().forEach(errors::add);
        }
        return errors.isEmpty() ? dto : null;
    }

    private Response refused(int status, CriteriaForms forms) {
        return Response.status(status).entity(list(null, forms, null, null)).build();
    }

    private Response editRefused(int status, long id, Criterion stored, CriterionForm form, FormErrors errors,
                                 boolean conflict) {
        return Response.status(status).entity(Templates.edit(id, stored, form, errors, conflict, true)
                .setLocale(page.locale())).build();
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/criteria?done=" + what)).build();
    }

    private CriteriaMsg criteria() {
        return Bundles.of(CriteriaMsg.class, page.locale());
    }

    private CriterionForm.Messages texts() {
        CriteriaMsg msg = criteria();
        return new CriterionForm.Messages(msg.required(), msg.number(), msg.integer());
    }
}
