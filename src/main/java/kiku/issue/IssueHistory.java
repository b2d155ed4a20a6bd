package kiku.issue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kiku.audit.AuditTrail;
import kiku.audit.Changes;
import kiku.department.DepartmentNames;
import kiku.web.Bundles;
import kiku.web.Msg;

/**
 * The history section of an issue page: its own changes field by field, and when who scored it.
 * Score values stay out (blind scoring; managers read them in the audit API).
 */
@ApplicationScoped
public class IssueHistory {

    /** {@code kind}: "issue" or "score". */
    public record Line(OffsetDateTime at, String user, String kind, AuditTrail.Action action,
                       List<Changes.Field> fields) {}

    static final int SHOWN = 30;

    @Inject
    AuditTrail audit;

    @Inject
    DepartmentNames departments;

    public List<Line> of(long issueId, Locale locale) {
        Msg msg = Bundles.of(Msg.class, locale);
        return audit.recent(List.of("issue", "score"), issueId, SHOWN).stream()
                .map(e -> new Line(e.at(), e.user(), e.entity(), e.action(),
                        "issue".equals(e.entity()) ? readable(Changes.between(quotes(e.before()), quotes(e.after())), msg)
                                : List.of()))
                .toList();
    }

    /** Department ids become names and statuses their labels, as the rest of the page shows them. */
    private List<Changes.Field> readable(List<Changes.Field> fields, Msg msg) {
        List<Changes.Field> shown = new ArrayList<>(fields.size());
        for (Changes.Field f : fields) {
            shown.add(switch (f.name()) {
                case "departmentIds" -> new Changes.Field(f.name(), names(f.before()), names(f.after()));
                case "status" -> new Changes.Field(f.name(), status(f.before(), msg), status(f.after(), msg));
                default -> f;
            });
        }
        return shown;
    }

    /** Quotes read as 「…」 (#hearing), not as JSON objects. */
    private static JsonNode quotes(JsonNode state) {
        if (state == null || !state.path("evidence").isArray()) {
            return state;
        }
        ObjectNode copy = ((ObjectNode) state).deepCopy();
        ArrayNode shown = copy.putArray("evidence");
        state.get("evidence").forEach(q -> shown.add("「" + q.path("quote").asText() + "」(#" + q.path("hearingId").asText() + ")"));
        return copy;
    }

    private String names(String ids) {
        if (ids.isEmpty()) {
            return ids;
        }
        return departments.names(Arrays.stream(ids.split(", ")).filter(s -> s.matches("\\d+")).map(Long::valueOf).toList());
    }

    private static String status(String name, Msg msg) {
        return Arrays.stream(IssueStatus.values()).filter(s -> s.name().equals(name)).findFirst().map(msg::status)
                .orElse(name);
    }
}
