package kiku.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A department as the API shows it and takes it ({@code id} is ignored on the way in). */
public record DepartmentDto(
        Long id,
        @NotBlank @Size(max = 200) String name,
        @NotNull DepartmentKind kind,
        @Positive Long parentId,
        @Size(max = 64) String code,
        Boolean active,
        Long version) {

    static DepartmentDto of(Department d) {
        return new DepartmentDto(d.id, d.name, d.kind, d.parentId, d.code, d.active, d.version);
    }
}
