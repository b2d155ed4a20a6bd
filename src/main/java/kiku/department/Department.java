package kiku.department;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import kiku.csvimport.engine.DepartmentRefs;

/** A node of the organisation tree (部, 課 or 係). */
@Entity
public class Department extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Enumerated(EnumType.STRING)
    public DepartmentKind kind;

    @Column(name = "parent_id")
    public Long parentId;

    public String code;

    public boolean active = true;

    @Version
    public long version;

    public static List<Department> listOrdered() {
        return list("order by id");
    }

    /** Every department by id, name and code: what an import's department cells may name. */
    public static DepartmentRefs refs() {
        return new DepartmentRefs(Department.<Department>listAll().stream()
                .map(d -> new DepartmentRefs.Ref(d.id, d.name, d.code)).toList());
    }
}
