package kiku.csvimport.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a CSV file as Excel saves them. Excel on Japanese Windows writes Shift_JIS (really
 * Windows-31J, with its circled digits and wave dash) unless told "CSV UTF-8", which adds a BOM.
 */
public final class CsvDecoder {

    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** The text and the encoding it was read in, as the preview names it. */
    public record Decoded(String text, String charset) {}

    private CsvDecoder() {}

    /**
     * UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-31J. Japanese text in
     * Shift_JIS is practically never valid UTF-8, so the strict UTF-8 attempt decides reliably.
     */
    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_31J), "Shift_JIS");
        }
    }
}
