package kiku.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void theFirstNonEmptyLineAsPlainText() {
        assertEquals("申請書は紙で月300件", Evidence.firstLine("\n  \n## **申請書**は紙で月300件\n次の行"));
        assertEquals("押印待ちで3日", Evidence.firstLine("---\n> - `押印`待ちで3日"));
        assertEquals("詳細は資料を参照", Evidence.firstLine("[詳細](javascript:alert(1))は<b>資料</b>を参照"));
        assertEquals("alert(1)", Evidence.firstLine("<script>alert(1)</script>"));
        assertNull(Evidence.firstLine(" \n\t\n"));
        assertNull(Evidence.firstLine(null));
    }

    @Test
    void longLinesAreCut() {
        String line = Evidence.firstLine("あ".repeat(500));
        assertEquals(Evidence.MAX_LENGTH, line.length());
        assertEquals('…', line.charAt(line.length() - 1));
    }
}
