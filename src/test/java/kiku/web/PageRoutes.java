package kiku.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The HTML routes of the application, found by scanning its compiled JAX-RS resources. */
final class PageRoutes {

    /** POSTs a viewer may make: signing out and previews that store nothing. */
    private static final List<String> READ_ONLY_POSTS = List.of("/logout", "/hearings/preview", "/backlog/preview");

    record Route(String method, String template, boolean open) {

        boolean readOnly() {
            return READ_ONLY_POSTS.contains(template);
        }

        /** The template with an id of the right kind for each path parameter (by the path's first segments). */
        String concrete(Map<String, Long> ids) {
            String path = template;
            for (Map.Entry<String, Long> id : ids.entrySet()) {
                if (path.startsWith(id.getKey() + "/")) {
                    path = path.replaceAll("\\{[^}]+}", String.valueOf(id.getValue()));
                }
            }
            return path.replaceAll("\\{[^}]+}", "1");
        }
    }

    private PageRoutes() {}

    static List<Route> scan() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        List<Route> routes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("kiku"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                Path base = type.getAnnotation(Path.class);
                if (base == null || base.value().startsWith("/api/")) {
                    continue;
                }
                for (Method m : type.getMethods()) { // public, inherited ones too (kiku.csvimport.ImportPage)
                    String method = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST" : null;
                    if (method == null) {
                        continue;
                    }
                    Path sub = m.getAnnotation(Path.class);
                    String template = join(base.value(), sub == null ? "" : sub.value()).replaceAll(":[^}]+}", "}");
                    boolean open = type.isAnnotationPresent(PermitAll.class) || m.isAnnotationPresent(PermitAll.class);
                    routes.add(new Route(method, template, open));
                }
            }
        }
        return routes;
    }

    private static String join(String base, String sub) {
        String path = (base.endsWith("/") ? base : base + "/") + (sub.startsWith("/") ? sub.substring(1) : sub);
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
