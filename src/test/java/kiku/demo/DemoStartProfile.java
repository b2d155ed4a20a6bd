package kiku.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import kiku.IsolatedDatabase;

/** Kiku as the quick start runs it: the demo city on an empty database of its own. */
public class DemoStartProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", IsolatedDatabase.url("kiku-demo"), "kiku.demo", "true");
    }
}
