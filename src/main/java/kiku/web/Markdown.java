package kiku.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown notes as safe HTML: raw HTML in the text is escaped, links keep only http, https
 * and mailto, and images only relative addresses (a closed network must load nothing from
 * another host). Templates use {@code {hearing.notes.markdown}}.
 */
@TemplateExtension
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new SafeUrls())
            // notes typed in a meeting break lines where the writer did, as a notebook would
            .softbreak("<br>\n").build();

    private Markdown() {}

    public static String toHtml(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
    }

    /** The only place where user text becomes markup, after the escaping and sanitising above. */
    static RawString markdown(String text) {
        return new RawString(toHtml(text));
    }

    private static final class SafeUrls implements UrlSanitizer {
        private final DefaultUrlSanitizer links = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));

        @Override
        public String sanitizeLinkUrl(String url) {
            return links.sanitizeLinkUrl(url);
        }

        @Override
        public String sanitizeImageUrl(String url) {
            String checked = links.sanitizeLinkUrl(url).strip();
            String lower = checked.toLowerCase(Locale.ROOT);
            boolean relative = !lower.startsWith("//") && !lower.matches("^[a-z][a-z0-9+.-]*:.*");
            return relative ? checked : "";
        }
    }
}
