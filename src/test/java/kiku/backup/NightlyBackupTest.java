package kiku.backup;

import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import kiku.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/** The nightly copy of the H2 file, and the documented way back: unzip into a data folder and open it. */
@QuarkusTest
@TestProfile(NightlyBackupTest.FileDatabase.class)
@DisabledIfEnvironmentVariable(named = "KIKU_TEST_DB_URL", matches = ".+", disabledReason = "H2 only")
class NightlyBackupTest {

    static final Path ROOT = Path.of("target/nightly-test").toAbsolutePath();

    public static class FileDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + ROOT.resolve("data/kiku"),
                    "kiku.backup.dir", ROOT.resolve("backups").toString(), "kiku.backup.keep", "2");
        }
    }

    @Inject
    NightlyBackup backup;

    @Test
    void keepsTheNewestCopiesAndACopyOpensWithTheSameData() throws Exception {
        Api.department("会計課");
        int departments = as(VIEWER).get("/api/v1/departments?size=500").jsonPath().getInt("totalItems");
        for (int i = 0; i < 3; i++) {
            backup.takeNow();
            Thread.sleep(5);
        }
        List<Path> zips;
        try (Stream<Path> files = Files.list(ROOT.resolve("backups"))) {
            zips = files.sorted().toList();
        }
        assertEquals(2, zips.size(), zips.toString());

        Path restored = Files.createTempDirectory(ROOT, "restored");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zips.get(1)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.copy(zip, restored.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
        assertTrue(Files.exists(restored.resolve("kiku.mv.db")));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("kiku"), "kiku", "");
             ResultSet rs = c.createStatement().executeQuery("select count(*) from department")) {
            rs.next();
            assertEquals(departments, rs.getInt(1));
        }
    }
}
