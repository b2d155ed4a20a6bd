package kiku.account;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the key that encrypts the login cookie. Without a stable key every restart would sign
 * everybody out, so when neither {@code KIKU_SESSION_KEY} nor Quarkus' own setting is given, a
 * random key is generated once and kept in the data folder (readable by its owner only).
 */
public class SessionKeySource implements ConfigSourceFactory {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String FILE = "session.key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new LazyKey(context));
    }

    /** Low ordinal: any explicitly configured key wins. */
    private static final class LazyKey implements ConfigSource {
        private final ConfigSourceContext context;
        private volatile String key;

        LazyKey(ConfigSourceContext context) {
            this.context = context;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(PROPERTY);
        }

        @Override
        public String getValue(String name) {
            if (!PROPERTY.equals(name)) {
                return null;
            }
            if (key == null) {
                key = loadOrCreate();
            }
            return key;
        }

        private String loadOrCreate() {
            String configured = System.getenv("KIKU_SESSION_KEY");
            if (configured != null && !configured.isBlank()) {
                return configured;
            }
            ConfigValue dir = context.getValue("kiku.data-dir");
            return readOrCreate(Path.of(expand(dir == null ? null : dir.getValue())).resolve(FILE));
        }

        @Override
        public int getOrdinal() {
            return 50;
        }

        @Override
        public String getName() {
            return "kiku-session-key";
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of();
        }
    }

    private static final java.util.regex.Pattern EXPRESSION = java.util.regex.Pattern.compile("\\$\\{(\\w+):([^}]*)}");

    /** The context hands out raw values, so expand the one expression form we use: {@code ${ENV:default}}. */
    static String expand(String value) {
        if (value == null) {
            return "./data";
        }
        java.util.regex.Matcher m = EXPRESSION.matcher(value);
        if (m.matches()) {
            String env = System.getenv(m.group(1));
            return env == null || env.isBlank() ? m.group(2) : env;
        }
        return value;
    }

    static synchronized String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE, ".tmp");
            Files.writeString(temp, generated, StandardCharsets.US_ASCII);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the session key in " + file, e);
        }
    }
}
