package kiku.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import kiku.Api;

/**
 * Who may call each /api/v1 operation, written down from API.md's role rules (admin may call
 * everything). "viewer" stands for any signed-in user: reads, previews, sensitivity, AHP evaluation.
 */
final class ApiRoles {

    private static final Set<String> ANYONE = Set.of("viewer", "officer", "rater", "manager");
    private static final Set<String> OFFICER = Set.of("officer");
    private static final Set<String> RATER = Set.of("rater");
    private static final Set<String> MANAGER = Set.of("manager");
    private static final Set<String> ADMIN = Set.of();
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        for (String read : new String[] {"/backlog", "/backlog/export.csv", "/backlog/export.xlsx", "/coverage",
                "/criteria", "/criteria/{id}", "/departments", "/departments/{id}", "/hearings", "/hearings/{id}",
                "/issues", "/issues/similar", "/issues/{id}", "/issues/{id}/scores", "/issues/{id}/similar", "/me",
                "/snapshots", "/snapshots/{id}", "/snapshots/{id}/diff"}) {
            put("GET " + read, ANYONE);
        }
        put("POST /ahp", ANYONE);
        put("POST /backlog/preview", ANYONE);
        put("POST /backlog/sensitivity", ANYONE);
        put("GET /audit", MANAGER);
        for (String entity : new String[] {"departments", "hearings", "issues"}) {
            put("POST /" + entity, OFFICER);
            put("PUT /" + entity + "/{id}", OFFICER);
            put("DELETE /" + entity + "/{id}", OFFICER);
        }
        put("PUT /issues/{id}", Set.of("officer", "manager")); // a manager plans: status and fiscal year only
        put("POST /issues/{id}/merge", OFFICER);
        put("PUT /issues/{id}/scores", RATER);
        put("DELETE /issues/{id}/scores/{criterionId}", RATER);
        put("POST /criteria", MANAGER);
        put("PUT /criteria/{id}", MANAGER);
        put("DELETE /criteria/{id}", MANAGER);
        put("PUT /criteria/weights", MANAGER);
        put("POST /criteria/ahp", MANAGER);
        put("POST /snapshots", MANAGER);
        put("GET /users", ADMIN);
        put("GET /users/{id}", ADMIN);
        put("POST /users", ADMIN);
        put("PUT /users/{id}", ADMIN);
        put("DELETE /users/{id}", ADMIN);
        put("GET /plan/capacities", ANYONE);
        put("GET /plan/{fiscalYear}", ANYONE);
        put("POST /plan/{fiscalYear}/suggest", ANYONE);
        put("PUT /plan/capacities/{fiscalYear}", MANAGER);
        put("POST /plan/{fiscalYear}/apply", MANAGER);
        put("GET /backlog/matrix", ANYONE);
        put("GET /workload", ANYONE);
        put("GET /issues/{id}/override", ANYONE);
        put("PUT /issues/{id}/override", MANAGER);
        put("DELETE /issues/{id}/override", MANAGER);
        put("GET /backup", ADMIN);
        put("POST /restore", ADMIN);
    }

    private ApiRoles() {}

    private static void put(String operation, Set<String> roles) {
        String[] parts = operation.split(" ", 2);
        ALLOWED.put(parts[0] + " /api/v1" + parts[1], roles);
    }

    /** The roles (besides admin) that may call an operation, or null for one nobody wrote down. */
    static Set<String> allowed(String method, String path) {
        return ALLOWED.get(method + " " + path);
    }

    static Set<String> operations() {
        return new java.util.TreeSet<>(ALLOWED.keySet());
    }

    /** The role of a test account (Api's accounts are named after their one role). */
    static String roleOf(String username) {
        return switch (username) {
            case Api.VIEWER -> "viewer";
            case Api.OFFICER -> "officer";
            case Api.RATER, Api.RATER2 -> "rater";
            case Api.MANAGER -> "manager";
            default -> username;
        };
    }
}
