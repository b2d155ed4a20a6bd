package kiku.csvimport.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What importing a file would do, line by line, against what is stored; nothing here touches a
 * database. The page previews it; the service plans again when the user confirms and writes it.
 */
public record Plan<S extends PlannedRow>(List<S> steps, List<RowError> fileErrors) {

    public Plan {
        steps = List.copyOf(steps);
        fileErrors = List.copyOf(fileErrors);
    }

    /** No error anywhere: the whole file can be imported. */
    public boolean valid() {
        return fileErrors.isEmpty() && steps.stream().noneMatch(s -> s.action() == Action.ERROR);
    }

    /** Something is wrong but some lines would still be written: "import only the valid rows" makes sense. */
    public boolean partlyValid() {
        return !valid() && !writable().isEmpty();
    }

    /** The lines that create or update something. */
    public List<S> writable() {
        return steps.stream().filter(s -> s.action() == Action.CREATE || s.action() == Action.UPDATE).toList();
    }

    public long count(Action action) {
        return steps.stream().filter(s -> s.action() == action).count();
    }

    /** Counts for the preview's summary line: new, updated, unchanged and refused lines. */
    public List<Long> counts() {
        return List.of(count(Action.CREATE), count(Action.UPDATE), count(Action.UNCHANGED),
                count(Action.ERROR) + fileErrors.size());
    }

    /**
     * A digest of what the plan does to which stored version. The preview carries it; the confirmation
     * refuses (409) when planning again gives another one, because someone changed the data meanwhile
     * and the user would otherwise save something they never saw.
     */
    public String signature() {
        StringBuilder text = new StringBuilder();
        for (S s : steps) {
            text.append(s.line()).append(':').append(s.action()).append(':').append(s.targetId()).append(':')
                    .append(s.targetVersion()).append('\n');
        }
        text.append(fileErrors.size());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
