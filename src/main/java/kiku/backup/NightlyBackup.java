package kiku.backup;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import kiku.KikuConfig;
import kiku.hearing.HearingService;
import org.jboss.logging.Logger;

/**
 * Copies the embedded H2 database into a zip every night while Kiku runs (H2's online
 * {@code BACKUP TO}, a consistent copy without stopping anybody), keeping the newest
 * {@code kiku.backup.keep}. Restoring one is documented in the README: stop Kiku, unzip it into
 * the data folder, start Kiku.
 */
@ApplicationScoped
public class NightlyBackup {

    private static final Logger LOG = Logger.getLogger(NightlyBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmssSSS");

    @Inject
    KikuConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Scheduled(cron = "${kiku.backup.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void nightly() {
        if (config.backup().enabled()) {
            try {
                takeNow();
            } catch (RuntimeException e) {
                LOG.error("The nightly backup failed", e);
            }
        }
    }

    /** Writes one zip and prunes old ones; returns the zip, or null when the database is not H2. */
    public Path takeNow() {
        Path folder = folder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!c.getMetaData().getDatabaseProductName().equals("H2")) {
                return null;
            }
            Files.createDirectories(folder);
            Path zip = folder.resolve("kiku-" + STAMP.format(LocalDateTime.now(HearingService.CITY_TIME)) + ".zip");
            s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            prune(folder);
            LOG.infof("Backed up the database to %s", zip);
            return zip;
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return config.backup().dir().filter(d -> !d.isBlank()).map(Path::of)
                .orElse(Path.of(config.dataDir()).resolve("backups"));
    }

    private void prune(Path folder) throws IOException {
        List<Path> zips;
        try (Stream<Path> files = Files.list(folder)) {
            zips = files.filter(f -> f.getFileName().toString().matches("kiku-\\d{8}-\\d{9}\\.zip")).sorted().toList();
        }
        for (int i = 0; i < zips.size() - Math.max(1, config.backup().keep()); i++) {
            Files.deleteIfExists(zips.get(i));
        }
    }
}
