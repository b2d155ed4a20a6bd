package kiku.hearing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.function.Function;
import kiku.csvimport.ImportPage;
import kiku.csvimport.ImportView;
import kiku.csvimport.Importer;
import kiku.hearing.engine.HearingPlan;

/** Hearings kept in an Excel sheet: upload a CSV, check the preview, then confirm (officers). */
@Path("/hearings/import")
@Authenticated
public class HearingImportPage extends ImportPage<HearingPlan.Step> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(ImportView<HearingPlan.Step> view);
    }

    @Inject
    HearingImportService service;

    @Override
    protected Importer<HearingPlan.Step> importer() {
        return service;
    }

    @Override
    protected Function<ImportView<HearingPlan.Step>, TemplateInstance> template() {
        return Templates::upload;
    }

    @Override
    protected String listPath() {
        return "/hearings";
    }
}
