package kiku;

/**
 * A database of its own for a test profile that needs one (a restore needs an empty database).
 * On H2 a named in-memory database; on PostgreSQL (CI) the database named by
 * {@code KIKU_TEST_DB_URL} with the suffix {@code _<name>}, which CI creates empty.
 */
public final class IsolatedDatabase {

    private IsolatedDatabase() {}

    public static String url(String name) {
        String shared = System.getenv("KIKU_TEST_DB_URL");
        if (shared == null || shared.isBlank()) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
        return shared + "_" + name.replace('-', '_');
    }
}
