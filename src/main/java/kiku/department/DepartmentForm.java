package kiku.department;

import kiku.web.FormInput;
import org.jboss.resteasy.reactive.RestForm;

/** The department form's fields as typed, so that a refused form comes back exactly as it was sent. */
public class DepartmentForm {

    @RestForm
    public String name;

    @RestForm
    public String kind;

    @RestForm
    public String parentId;

    @RestForm
    public String code;

    @RestForm
    public boolean active;

    @RestForm
    public String version;

    public static DepartmentForm blank(String parentId) {
        DepartmentForm form = new DepartmentForm();
        form.kind = DepartmentKind.DEPARTMENT.name();
        form.parentId = parentId;
        form.active = true;
        return form;
    }

    public static DepartmentForm of(Department d) {
        DepartmentForm form = new DepartmentForm();
        form.name = d.name;
        form.kind = d.kind.name();
        form.parentId = d.parentId == null ? null : d.parentId.toString();
        form.code = d.code;
        form.active = d.active;
        form.version = String.valueOf(d.version);
        return form;
    }

    DepartmentDto toDto(FormInput in) {
        return new DepartmentDto(null, name == null ? null : name.strip(), in.choice("kind", kind, DepartmentKind.class),
                in.id("parentId", parentId), code, active, in.version(version));
    }
}
