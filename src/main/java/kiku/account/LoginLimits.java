package kiku.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Login throttling ({@code KIKU_LOGIN_*}, see docs/SECURITY.md). */
@ConfigMapping(prefix = "kiku.login")
public interface LoginLimits {

    /** Failed sign-ins for one username within {@link #window()} before it is locked. */
    @WithDefault("5")
    int maxFailuresPerUser();

    /** Failed sign-ins from one client address within {@link #window()} before it is locked. */
    @WithDefault("20")
    int maxFailuresPerAddress();

    @WithDefault("PT15M")
    Duration window();

    /** How long a locked username or address is refused, even with the right password. */
    @WithDefault("PT15M")
    Duration lockout();
}
