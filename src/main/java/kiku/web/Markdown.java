package kiku.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
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

    /** Far beyond any note's nesting; the renderer recurses once per level and ran out of stack at ~5,000. */
    static final int MAX_DEPTH = 100;

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        return RENDERER.render(depth(document) > MAX_DEPTH ? plain(markdown) : document);
    }

    /** The deepest nesting of a parsed text, walked without recursion. */
    static int depth(Node root) {
        int deepest = 0;
        Deque<Map.Entry<Node, Integer>> open = new ArrayDeque<>(List.of(Map.entry(root, 0)));
        while (!open.isEmpty()) {
            Map.Entry<Node, Integer> next = open.pop();
            deepest = Math.max(deepest, next.getValue());
            for (Node child = next.getKey().getFirstChild(); child != null; child = child.getNext()) {
                open.push(Map.entry(child, next.getValue() + 1));
            }
        }
        return deepest;
    }

    /** Text nested past {@link #MAX_DEPTH} (typed "> > > ..." thousands of times) is shown as it was typed. */
    private static Node plain(String text) {
        Paragraph paragraph = new Paragraph();
        for (String line : text.split("\\R", -1)) {
            if (paragraph.getFirstChild() != null) {
                paragraph.appendChild(new SoftLineBreak());
            }
            paragraph.appendChild(new Text(line));
        }
        Document document = new Document();
        document.appendChild(paragraph);
        return document;
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
