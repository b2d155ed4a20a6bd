package kiku.department;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Department names for pages, read once per request; templates use {@code inject:departments}. */
@Named("departments")
@RequestScoped
public class DepartmentNames {

    private Map<Long, String> names;

    public String name(Long id) {
        return all().getOrDefault(id, String.valueOf(id));
    }

    /** In id order: an entity's loaded set has no order of its own, and pages must not reshuffle. */
    public String names(Collection<Long> ids) {
        return ids.stream().sorted().map(this::name).collect(Collectors.joining("、"));
    }

    private Map<Long, String> all() {
        if (names == null) {
            names = new HashMap<>();
            Department.<Department>listAll().forEach(d -> names.put(d.id, d.name));
        }
        return names;
    }
}
