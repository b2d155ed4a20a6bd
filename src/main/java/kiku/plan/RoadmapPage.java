package kiku.plan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kiku.web.PageContext;

/** The printable roadmap: every fiscal year with planned issues, then 上期 / 下期, with status and rank. */
@Path("/roadmap")
@Authenticated
public class RoadmapPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance roadmap(List<PlanView> years);
    }

    @Inject
    PlanService plans;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance roadmap() {
        return Templates.roadmap(plans.roadmap()).setLocale(page.locale());
    }
}
