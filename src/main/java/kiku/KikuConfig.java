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
}
