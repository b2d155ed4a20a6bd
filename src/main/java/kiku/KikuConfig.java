package kiku;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Kiku's own settings; every one can be set through the environment (see README). */
@ConfigMapping(prefix = "kiku")
public interface KikuConfig {

    /** Folder of the H2 database file and the session key ({@code KIKU_DATA_DIR}). */
    @WithDefault("./data")
    String dataDir();

    /** Password of the first admin account ({@code KIKU_ADMIN_PASSWORD}); random if unset. */
    Optional<String> adminPassword();

    /** Fill an empty database with the demo city ({@code KIKU_DEMO}). */
    @WithDefault("false")
    boolean demo();

    /** Full staff cost of one hour in yen, turning annual hours into yen ({@code KIKU_STAFF_COST_PER_HOUR}). */
    @WithDefault("4000")
    long staffCostPerHour();

    /** Nightly online copies of the embedded H2 database. */
    NightlyBackup backup();

    interface NightlyBackup {

        /** {@code KIKU_BACKUP_ENABLED}; PostgreSQL installations back up with their own tools. */
        @WithDefault("true")
        boolean enabled();

        /** Where the zips go ({@code KIKU_BACKUP_DIR}); default: {@code backups} in the data folder. */
        Optional<String> dir();

        /** When (Quartz cron, server time; "off" disables the schedule), {@code KIKU_BACKUP_CRON}. */
        @WithDefault("0 30 2 * * ?")
        String cron();

        /** How many nightly zips to keep ({@code KIKU_BACKUP_KEEP}). */
        @WithDefault("14")
        int keep();
    }
}
