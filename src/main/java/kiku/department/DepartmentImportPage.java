package kiku.department;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.function.Function;
import kiku.csvimport.ImportPage;
import kiku.csvimport.ImportView;
import kiku.csvimport.Importer;
import kiku.department.engine.DepartmentPlan;

/** The department list from the city's organisation chart: upload a CSV, check the preview, then confirm. */
@Path("/departments/import")
@Authenticated
public class DepartmentImportPage extends ImportPage<DepartmentPlan.Step> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(ImportView<DepartmentPlan.Step> view);
    }

    @Inject
    DepartmentService service;

    @Override
    protected Importer<DepartmentPlan.Step> importer() {
        return service;
    }

    @Override
    protected Function<ImportView<DepartmentPlan.Step>, TemplateInstance> template() {
        return Templates::upload;
    }

    @Override
    protected String listPath() {
        return "/departments";
    }
}
