package kiku.web;

import static kiku.web.Browser.visit;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a browser does on a CSV import page: upload a file, then post the preview's confirmation form. */
final class Imports {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(csv|charset|signature)\" value=\"([^\"]*)\"");

    private Imports() {}

    static Response upload(Forms.Opened form, String path, byte[] bytes) {
        return visit(form.cookies()).multiPart("csrf-token", form.token())
                .multiPart("file", "import.csv", bytes, "text/csv").post(path);
    }

    static Response upload(Forms.Opened form, String path, String utf8) {
        return upload(form, path, utf8.getBytes(StandardCharsets.UTF_8));
    }

    /** The hidden fields of the preview's confirmation form (the carried file, its encoding, the signature). */
    static Map<String, Object> confirmation(String preview) {
        Map<String, Object> fields = new HashMap<>();
        Matcher m = HIDDEN.matcher(preview);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        assertTrue(fields.containsKey("csv") && fields.containsKey("signature"), "a confirmation form in " + preview);
        return fields;
    }

    /** The confirmation with "import only the valid rows" ticked. */
    static Map<String, Object> validOnly(String preview) {
        Map<String, Object> fields = confirmation(preview);
        fields.put("validOnly", "true");
        return fields;
    }

    static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }
}
