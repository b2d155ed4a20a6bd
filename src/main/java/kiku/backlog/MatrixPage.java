package kiku.backlog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kiku.backlog.engine.Matrix;
import kiku.issue.IssueStatus;
import kiku.web.PageContext;

/** The value–effort matrix as a page: one server-drawn SVG, a legend in words, and the same points as a table. */
@Path("/matrix")
@Authenticated
public class MatrixPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matrix(MatrixService.View view, MatrixChart chart, List<IssueStatus> statuses,
                                              List<Matrix.Quadrant> quadrants);
    }

    @Inject
    MatrixService service;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance matrix() {
        MatrixService.View view = service.matrix();
        return Templates.matrix(view, MatrixChart.of(view.points()), List.copyOf(IssueStatus.OPEN),
                List.of(Matrix.Quadrant.values())).setLocale(page.locale());
    }
}
