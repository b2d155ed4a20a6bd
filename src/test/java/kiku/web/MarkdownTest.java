package kiku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void notesBecomeEscapedHtml() {
        String html = Markdown.toHtml("# 議事\n- 紙の申請 <script>x</script>\n> 課長「押印が多い」");
        assertTrue(html.contains("<h1>議事</h1>"), html);
        assertTrue(html.contains("<li>紙の申請 &lt;script&gt;x&lt;/script&gt;</li>"), html);
        assertTrue(html.contains("<blockquote>"), html);
    }

    /** "> " typed 5,000 times ran the renderer out of stack: the hearing's page was a 500 for good. */
    @Test
    void nestingPastAnyNoteIsShownAsTyped() {
        for (String unit : new String[] {"> ", "- ", "1. "}) {
            String deep = unit.repeat(5_000) + "<b>x</b>\n2行目";
            String html = Markdown.toHtml(deep);
            assertFalse(html.contains("<blockquote>") || html.contains("<li>"), unit);
            assertTrue(html.contains("&lt;b&gt;x&lt;/b&gt;<br>\n2行目"), html.substring(Math.max(0, html.length() - 80)));
        }
        String nested = "> ".repeat(Markdown.MAX_DEPTH / 2) + "深い引用";
        assertTrue(Markdown.toHtml(nested).contains("<blockquote>"), "ordinary nesting still renders");
    }

    @Test
    void depthCountsTheDeepestNode() {
        assertEquals(2, Markdown.depth(org.commonmark.parser.Parser.builder().build().parse("段落")));
    }
}
