package kiku.account;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import kiku.IsolatedDatabase;

/**
 * Kiku behind a TLS-terminating proxy that sends X-Forwarded-For/-Proto, with a short lock-out
 * and a small per-address limit, on a database of its own so that the other test classes' data
 * and accounts are not involved.
 */
public class BehindProxyProfile implements QuarkusTestProfile {

    static final int PER_ADDRESS = 6;
    static final int LOCKOUT_SECONDS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", IsolatedDatabase.url("kiku-throttle"),
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "kiku.login.max-failures-per-user", "3",
                "kiku.login.max-failures-per-address", String.valueOf(PER_ADDRESS),
                "kiku.login.window", "PT1M",
                "kiku.login.lockout", "PT" + LOCKOUT_SECONDS + "S");
    }
}
