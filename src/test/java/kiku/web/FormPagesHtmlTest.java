package kiku.web;

import static kiku.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** What every form page keeps: unique ids, a label for each control, no inline script, nothing from elsewhere. */
@QuarkusTest
class FormPagesHtmlTest {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=\"/)[^>]*>");
    private static final Pattern OTHER_HOST = Pattern.compile("(src|href|action)=\"(https?:)?//");

    @Test
    void everyFormPageHasUniqueIdsLabelledControlsAndNoInlineScript() {
        long dept = Api.department("構造課");
        long hearing = Api.hearing(Map.of("departmentId", dept, "heldOn", "2024-04-01", "notes", "# メモ"));
        long issue = Api.issue(unique("構造の課題"), dept, List.of(hearing));
        Map<String, String> admin = Browser.signIn("admin");
        List<String> paths = List.of("/departments", "/departments/" + dept, "/departments/new", "/departments/" + dept + "/edit",
                "/departments/" + dept + "/delete", "/departments/import", "/hearings", "/hearings/import", "/issues/import",
                "/hearings/" + hearing,
                "/hearings/new", "/hearings/" + hearing + "/edit", "/hearings/" + hearing + "/delete", "/issues",
                "/issues/" + issue, "/issues/new?department=" + dept, "/issues/" + issue + "/edit",
                "/issues/" + issue + "/delete", "/admin/users", "/admin/users/new", "/plan", "/plan?year=2024", "/roadmap");
        for (String path : paths) {
            String html = Forms.page(admin, path);
            assertEquals(List.of(), duplicateIds(html), "duplicate ids on " + path);
            assertEquals(List.of(), unlabelled(html), "controls without a label on " + path);
            assertFalse(INLINE_SCRIPT.matcher(html).find(), "only own scripts, by src, on " + path);
            assertFalse(OTHER_HOST.matcher(html).find(), "nothing from another host on " + path);
        }
    }

    private static List<String> duplicateIds(String html) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            if (!seen.add(m.group(1))) {
                duplicates.add(m.group(1));
            }
        }
        return duplicates;
    }

    /** Controls that are neither hidden, nor inside a label, nor named by a label's for. */
    private static List<String> unlabelled(String html) {
        List<String> missing = new ArrayList<>();
        Matcher m = CONTROL.matcher(html);
        while (m.find()) {
            String attributes = m.group(2);
            if (attributes.contains("type=\"hidden\"")) {
                continue;
            }
            Matcher id = ID.matcher(attributes);
            boolean labelled = id.find() && html.contains("<label for=\"" + id.group(1) + "\"");
            int open = html.lastIndexOf("<label", m.start());
            boolean wrapped = open >= 0 && html.lastIndexOf("</label>", m.start()) < open;
            if (!labelled && !wrapped) {
                missing.add(m.group());
            }
        }
        return missing;
    }
}
