package kiku.csvimport.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bytes as Excel saves a CSV: UTF-8 with a BOM ("CSV UTF-8"), plain UTF-8, Shift_JIS (Windows-31J). */
class CsvDecoderTest {

    private static final String TEXT = "名前,種別,親,コード\r\n総務部,部,,SOUMU\r\n情報管理課,課,総務部,SOUMU-JOHO\r\n";

    @Test
    void utf8WithBom() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);
        CsvDecoder.Decoded decoded = CsvDecoder.decode(bytes);
        assertEquals("UTF-8 (BOM)", decoded.charset());
        assertEquals(TEXT, decoded.text());
    }

    @Test
    void utf8WithoutBom() {
        CsvDecoder.Decoded decoded = CsvDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", decoded.charset());
        assertEquals(TEXT, decoded.text());
    }

    @Test
    void shiftJisAsExcelSavesIt() {
        CsvDecoder.Decoded decoded = CsvDecoder.decode(TEXT.getBytes(CsvDecoder.WINDOWS_31J));
        assertEquals("Shift_JIS", decoded.charset());
        assertEquals(TEXT, decoded.text());
        // characters that differ between JIS X 0208 and Windows-31J (wave dash, circled digits)
        String windows = "名前,種別\n①係～,係\n";
        assertEquals(windows, CsvDecoder.decode(windows.getBytes(CsvDecoder.WINDOWS_31J)).text());
    }
}
