package kiku.backlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kiku.audit.AuditTrail;
import kiku.issue.IssueFilter;
import kiku.web.Paging;
import kiku.web.Problem;

/** Snapshots (SCORING.md §8): the whole ranking frozen at a moment, and differences between two. */
@ApplicationScoped
@Transactional
public class SnapshotService {

    /** What a snapshot freezes. */
    public record Content(List<BacklogView.CriterionShare> criteria, List<Entry> items) {}

    /**
     * {@code computedRank} and {@code overrideReason} came with rank overrides: null in snapshots
     * taken before them; the reason is null for an issue in its computed place.
     */
    public record Entry(int rank, long issueId, String title, double total, Map<String, Double> means,
                        Integer computedRank, String overrideReason) {}

    public record View(long id, String name, OffsetDateTime takenAt, List<BacklogView.CriterionShare> criteria,
                       List<Entry> items) {}

    public record Summary(long id, String name, OffsetDateTime takenAt, int itemCount) {}

    public record Moved(long issueId, String title, int rankBefore, int rankAfter, int change) {}

    public record Added(long issueId, String title, int rankAfter) {}

    public record Removed(long issueId, String title, int rankBefore) {}

    public record Diff(List<Moved> items, List<Added> added, List<Removed> removed) {}

    @Inject
    BacklogService backlog;

    @Inject
    ObjectMapper json;

    @Inject
    AuditTrail audit;

    public View take(String name) {
        Snapshot snapshot = new Snapshot();
        snapshot.name = name.strip();
        snapshot.takenAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Content content = current();
        try {
            snapshot.content = json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        snapshot.persist();
        audit.record("snapshot", snapshot.id, AuditTrail.Action.CREATE, null,
                new Summary(snapshot.id, snapshot.name, snapshot.takenAt, content.items().size()));
        return new View(snapshot.id, snapshot.name, snapshot.takenAt, content.criteria(), content.items());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging.Result<Summary> list(Paging paging) {
        var query = Snapshot.<Snapshot>find("order by takenAt desc, id desc");
        List<Summary> items = query.page(paging.page(), paging.size()).list().stream()
                .map(s -> new Summary(s.id, s.name, s.takenAt, read(s).items().size())).toList();
        return paging.of(items, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public View get(long id) {
        Snapshot snapshot = find(id);
        Content content = read(snapshot);
        return new View(snapshot.id, snapshot.name, snapshot.takenAt, content.criteria(), content.items());
    }

    /** The most recent snapshot, if any: what the backlog compares today's ranks with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<View> latest() {
        return Snapshot.<Snapshot>find("order by takenAt desc, id desc").firstResultOptional().map(s -> {
            Content content = read(s);
            return new View(s.id, s.name, s.takenAt, content.criteria(), content.items());
        });
    }

    /** Before is snapshot {@code id}; after is the current ranking ({@code against} null) or another snapshot. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Diff diff(long id, Long against) {
        List<Entry> before = read(find(id)).items();
        List<Entry> after = against == null ? current().items() : read(find(against)).items();
        Map<Long, Entry> beforeById = before.stream().collect(Collectors.toMap(Entry::issueId, Function.identity()));
        Map<Long, Entry> afterById = after.stream().collect(Collectors.toMap(Entry::issueId, Function.identity()));
        List<Moved> moved = new ArrayList<>();
        List<Added> added = new ArrayList<>();
        for (Entry a : after) {
            Entry b = beforeById.get(a.issueId());
            if (b == null) {
                added.add(new Added(a.issueId(), a.title(), a.rank()));
            } else {
                moved.add(new Moved(a.issueId(), a.title(), b.rank(), a.rank(), b.rank() - a.rank()));
            }
        }
        List<Removed> removed = before.stream().filter(b -> !afterById.containsKey(b.issueId()))
                .map(b -> new Removed(b.issueId(), b.title(), b.rank())).toList();
        moved.sort(Comparator.comparingInt(Moved::rankAfter).thenComparingLong(Moved::issueId));
        return new Diff(moved, added, removed);
    }

    private Content current() {
        BacklogView view = backlog.backlog(IssueFilter.NONE, new Paging(0, 1), Locale.ROOT);
        List<Entry> items = backlog.allRanked(IssueFilter.NONE).stream()
                .map(i -> new Entry(i.rank(), i.issueId(), i.title(), i.total(), i.means(), i.computedRank(),
                        i.override() == null ? null : i.override().reason())).toList();
        return new Content(view.criteria(), items);
    }

    private static Snapshot find(long id) {
        Snapshot snapshot = Snapshot.findById(id);
        if (snapshot == null) {
            throw Problem.notFound("snapshot", id);
        }
        return snapshot;
    }

    private Content read(Snapshot snapshot) {
        try {
            return json.readValue(snapshot.content, Content.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot " + snapshot.id + " is unreadable", e);
        }
    }
}
