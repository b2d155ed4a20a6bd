package kiku.issue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kiku.web.PlainText;
import kiku.web.Problem;
import static kiku.web.Text.blankToNull;

/**
 * The quotes on an issue's hearing links (issue_hearing.quote). The links stay the element collection
 * {@link Issue#hearingIds}, changed in place so that Hibernate deletes and inserts single rows (a removed
 * link takes its quote along); quotes are written here with native updates after the links are flushed,
 * and the issue is re-read so that {@link Issue#quotes} and its version are current.
 */
public final class IssueQuotes {

    private IssueQuotes() {}

    /** The quotes an input asks for (hearing id → text, blank ones left out), or null when it has no evidence. */
    static Map<Long, String> wanted(IssueDto input) {
        if (input.evidence() == null) {
            return null;
        }
        Set<Long> linked = new HashSet<>(input.hearingIds() == null ? List.of() : input.hearingIds());
        Set<Long> seen = new HashSet<>();
        Map<Long, String> quotes = new TreeMap<>();
        for (EvidenceQuote e : input.evidence()) {
            if (!seen.add(e.hearingId())) {
                throw Problem.invalid("evidence", "issue.evidenceDuplicate", e.hearingId());
            }
            if (!linked.contains(e.hearingId())) {
                throw Problem.invalid("evidence", "issue.evidenceUnlinked", e.hearingId());
            }
            if (!PlainText.isClean(e.quote())) { // the form's path; JSON refuses it while reading
                throw Problem.invalid("evidence", PlainText.MESSAGE);
            }
            String quote = blankToNull(e.quote());
            if (quote != null) {
                quotes.put(e.hearingId(), quote);
            }
        }
        return quotes;
    }

    /** Whether the input leaves the issue's quotes as they are (a manager may not change them). */
    static boolean unchanged(Issue issue, IssueDto input) {
        Map<Long, String> wanted = wanted(input);
        return wanted == null || wanted.equals(new TreeMap<>(issue.quotes));
    }

    /**
     * Sets the issue's quotes to {@code quotes} (null: keeps the stored ones) once its links are flushed, then
     * re-reads the issue. A quote is the issue's content: changing it bumps the version the edit was based on
     * ({@code versionBefore}; null for a new issue) unless the flush already did.
     */
    static void save(Issue issue, Map<Long, String> quotes, Long versionBefore) {
        EntityManager em = Panache.getEntityManager();
        if (quotes != null && !quotes.equals(stored(issue.id))) {
            em.createNativeQuery("update issue_hearing set quote = null where issue_id = :issue and quote is not null")
                    .setParameter("issue", issue.id).executeUpdate();
            quotes.forEach((hearing, quote) -> put(issue.id, hearing, quote));
            if (versionBefore != null && issue.version == versionBefore && em.createNativeQuery(
                    "update issue set version = version + 1 where id = :id and version = :version")
                    .setParameter("id", issue.id).setParameter("version", versionBefore).executeUpdate() == 0) {
                throw new OptimisticLockException();
            }
        }
        em.refresh(issue);
    }

    /** After a merge: the target keeps its own quotes and takes the source's on the other hearings. */
    static void merge(Issue target, Issue source, long targetVersionBefore) {
        Map<Long, String> quotes = stored(target.id);
        source.quotes.forEach((hearing, quote) -> {
            if (target.hearingIds.contains(hearing)) {
                quotes.putIfAbsent(hearing, quote);
            }
        });
        save(target, quotes, targetVersionBefore);
    }

    /** Puts a quote on a flushed link (the demo city's loader too); no audit, no version: callers see to those. */
    public static void put(long issueId, long hearingId, String quote) {
        Panache.getEntityManager().createNativeQuery("update issue_hearing set quote = :quote"
                + " where issue_id = :issue and hearing_id = :hearing").setParameter("quote", quote)
                .setParameter("issue", issueId).setParameter("hearing", hearingId).executeUpdate();
    }

    private static Map<Long, String> stored(long issueId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select hearing_id, quote from issue_hearing"
                + " where issue_id = :issue and quote is not null").setParameter("issue", issueId).getResultList();
        Map<Long, String> quotes = new TreeMap<>();
        rows.forEach(r -> quotes.put(((Number) r[0]).longValue(), (String) r[1]));
        return quotes;
    }
}
