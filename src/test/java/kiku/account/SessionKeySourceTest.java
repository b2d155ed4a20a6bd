package kiku.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionKeySourceTest {

    @TempDir
    Path dataDir;

    @Test
    void generatesTheKeyOnceAndKeepsIt() throws Exception {
        Path file = dataDir.resolve("nested").resolve(SessionKeySource.FILE);
        String first = SessionKeySource.readOrCreate(file);
        assertTrue(first.matches("[0-9a-f]{64}"), first);
        assertEquals(first, Files.readString(file));
        assertEquals(first, SessionKeySource.readOrCreate(file), "a restart must find the same key");
    }

    @Test
    void expandsTheDataDirExpression() {
        assertEquals("/srv/kiku", SessionKeySource.expand("/srv/kiku"));
        assertEquals("./data", SessionKeySource.expand(null));
        String fallback = System.getenv("KIKU_TEST_UNSET_VARIABLE") == null ? "./fallback" : null;
        assertEquals(fallback, SessionKeySource.expand("${KIKU_TEST_UNSET_VARIABLE:./fallback}"));
    }
}
