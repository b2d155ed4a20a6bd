package kiku.web;

/** Optimistic locking on the way in: a PUT must carry the version it read. */
public final class Versions {

    private Versions() {}

    public static void check(long current, Long sent) {
        if (sent == null) {
            throw Problem.invalid("version", "error.versionRequired");
        }
        if (sent != current) {
            throw Problem.conflict("error.stale");
        }
    }
}
