package kiku.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy ({@link SecurityHeaders}) blocks inline script and style, so a
 * template that uses them would break silently in the browser; this fails the build instead.
 * Scripts go into META-INF/resources/js, styles into css/kiku.css.
 */
class InlineCodeTest {

    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle\\s*=|\\son[a-z]+\\s*=|\\shx-on[:-]|javascript:",
            Pattern.CASE_INSENSITIVE);

    /** City-hall networks have no internet: every asset comes from Kiku itself. */
    private static final Pattern OTHER_HOST = Pattern.compile("(?:src|href|action)\\s*=\\s*\"(?:https?:)?//|url\\((?:https?:)?//",
            Pattern.CASE_INSENSITIVE);

    @Test
    void templatesAndStylesLoadNothingFromAnotherHost() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/resources/templates", "src/main/resources/META-INF/resources")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(html|css|js)$")).toList()) {
                    Matcher m = OTHER_HOST.matcher(Files.readString(file));
                    while (m.find()) {
                        found.add(file + ": " + m.group().trim());
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "assets from another host: " + found);
    }

    @Test
    void templatesHaveNoInlineScriptOrStyle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = INLINE.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(file + ": " + m.group().trim());
                }
            }
        }
        assertTrue(found.isEmpty(), "inline code the CSP blocks: " + found);
    }
}
