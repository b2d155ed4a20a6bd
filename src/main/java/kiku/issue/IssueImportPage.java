package kiku.issue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.function.Function;
import kiku.csvimport.ImportPage;
import kiku.csvimport.ImportView;
import kiku.csvimport.Importer;
import kiku.issue.engine.IssuePlan;

/** Issues kept in an Excel sheet: upload a CSV, check the preview, then confirm (officers). */
@Path("/issues/import")
@Authenticated
public class IssueImportPage extends ImportPage<IssuePlan.Step> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(ImportView<IssuePlan.Step> view);
    }

    @Inject
    IssueImportService service;

    @Override
    protected Importer<IssuePlan.Step> importer() {
        return service;
    }

    @Override
    protected Function<ImportView<IssuePlan.Step>, TemplateInstance> template() {
        return Templates::upload;
    }

    @Override
    protected String listPath() {
        return "/issues";
    }
}
