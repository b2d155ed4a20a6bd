package kiku.scoring;

import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.RATER2;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.scoring.Criteria.backlog;
import static kiku.scoring.Criteria.ids;
import static kiku.scoring.Criteria.item;
import static kiku.scoring.Criteria.number;
import static kiku.scoring.Criteria.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServerStart;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.scoring.engine.Standings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is derived from the scores: the score summaries (RankingStore) that follow every score, the
 * rebuild after scores were written around Kiku, and the live standings (LiveRanking), which must
 * always equal a ranking of every open issue built afresh, on this instance and on another.
 */
@QuarkusTest
class LiveRankingTest {

    @Inject
    SummaryBackfill backfill;

    @Inject
    LiveRanking live;

    @Inject
    RankingStore store;

    @Inject
    RankingLog log;

    @Inject
    BeanManager beans;

    long department;
    long a;
    long b;

    @BeforeEach
    void setUp() {
        Criteria.reset();
        department = Api.department(unique("保存順位課"));
        a = Criteria.benefit("効果", 2);
        b = Criteria.benefit("緊急性", 1);
    }

    @Test
    void aMergedSourceLeavesTheRankingAndItsTargetKeepsItsOwnTotal() {
        long target = Criteria.issue(unique("統合先"), department, Map.of());
        long source = Criteria.issue(unique("統合元"), department, Map.of());
        score(RATER, target, Map.of(a, 4, b, 2));
        score(RATER, source, Map.of(a, 5, b, 5));
        assertEquals(List.of(source, target), ids(backlog(Map.of("department", department))));
        double before = number(item(backlog(Map.of("department", department)), target), "total");

        as(OFFICER).body(Map.of("sourceIssueId", source)).post("/api/v1/issues/" + target + "/merge").then()
                .statusCode(200);

        JsonPath view = backlog(Map.of("department", department));
        assertEquals(List.of(target), ids(view));
        assertEquals(before, number(item(view, target), "total"), 1e-9);
        assertFalse(view.getList("unscored.issueId", Long.class).contains(source));
    }

    @Test
    @SuppressWarnings("unchecked")
    void meansAndRatersFollowEveryScoreAndDeletion() {
        long issue = Criteria.issue(unique("集計"), department, Map.of());
        score(RATER, issue, Map.of(a, 2, b, 4));
        score(RATER2, issue, Map.of(a, 4));
        Map<String, Object> item = item(backlog(Map.of("department", department)), issue);
        assertEquals(3.0, number((Map<String, Object>) item.get("means"), String.valueOf(a)), 1e-9);
        assertEquals(2.0, number(item, "raters"), 1e-9);

        as(RATER2).delete("/api/v1/issues/" + issue + "/scores/" + a).then().statusCode(204);
        item = item(backlog(Map.of("department", department)), issue);
        assertEquals(2.0, number((Map<String, Object>) item.get("means"), String.valueOf(a)), 1e-9);
        assertEquals(1.0, number(item, "raters"), 1e-9);
    }

    /** Scores written straight into the tables (as bench/Seed.java does) count after the flagged rebuild. */
    @Test
    void theFlaggedRebuildSummarisesScoresWrittenAroundKiku() {
        long issue = Criteria.issue(unique("直接投入"), department, Map.of());
        score(RATER, issue, Map.of(a, 1, b, 1));
        QuarkusTransaction.requiringNew().run(() -> {
            Panache.getEntityManager().createNativeQuery("update score set score_value = 5 where issue_id = :id")
                    .setParameter("id", issue).executeUpdate();
            Panache.getEntityManager().createNativeQuery("update ranking_lock set rebuild = true").executeUpdate();
        });
        assertEquals(0.0, number(item(backlog(Map.of("department", department)), issue), "total"), 1e-9);

        backfill.onStart(null);
        assertDerivedMatchesTables();

        assertEquals(100.0, number(item(backlog(Map.of("department", department)), issue), "total"), 1e-9);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Boolean.FALSE.equals(Panache.getEntityManager()
                .createNativeQuery("select rebuild from ranking_lock where id = 1").getSingleResult())));
    }

    /** The unscored list of the backlog follows scores, new ranking criteria and status changes. */
    @Test
    void theUnscoredListFollowsScoresCriteriaAndStatus() {
        long issue = Criteria.issue(unique("未採点の旗"), department, Map.of());
        assertEquals(List.of(issue), unscored());
        score(RATER, issue, Map.of(a, 3));
        assertEquals(List.of(issue), unscored());
        score(RATER, issue, Map.of(b, 3));
        assertEquals(List.of(), unscored());
        assertDerivedMatchesTables();

        long c = Criteria.benefit("新しい基準", 1);
        assertEquals(List.of(issue), unscored());
        assertDerivedMatchesTables();
        Criteria.update(c, Map.of("weight", 0));
        assertEquals(List.of(), unscored());

        long unscoredOne = Criteria.issue(unique("未採点のまま完了"), department, Map.of());
        assertEquals(List.of(unscoredOne), unscored());
        Criteria.status(unscoredOne, "DONE");
        assertEquals(List.of(), unscored());
        Criteria.status(unscoredOne, "NEW");
        assertEquals(List.of(unscoredOne), unscored());
        assertDerivedMatchesTables();
    }

    /** The ranked count on every backlog page follows scores, closing and deletion. */
    @Test
    void theRankedCountFollowsScoresClosingAndDeletion() {
        long before = backlog(Map.of()).getLong("totalRanked");
        long first = Criteria.issue(unique("数える一"), department, Map.of());
        long second = Criteria.issue(unique("数える二"), department, Map.of());
        score(RATER, first, Map.of(a, 3, b, 3));
        score(RATER, second, Map.of(a, 4, b, 4));
        assertEquals(before + 2, backlog(Map.of()).getLong("totalRanked"));
        Criteria.status(first, "REJECTED");
        assertEquals(before + 1, backlog(Map.of()).getLong("totalRanked"));
        as(OFFICER).delete("/api/v1/issues/" + second).then().statusCode(204);
        assertEquals(before, backlog(Map.of()).getLong("totalRanked"));
        assertDerivedMatchesTables();
    }

    /**
     * A weight change re-totals open issues from the summary table merged with the open ids in id
     * order: closed, scored issues listed before an open one must not shift the open one's summary.
     */
    @Test
    void aWeightChangeRetotalsOpenIssuesListedAfterClosedScoredOnes() {
        long done = Criteria.issue(unique("完了済みの採点"), department, Map.of());
        long rejected = Criteria.issue(unique("却下済みの採点"), department, Map.of());
        long open = Criteria.issue(unique("後ろの未完了"), department, Map.of());
        for (long issue : List.of(done, rejected, open)) {
            score(RATER, issue, Map.of(a, 5, b, 1));
        }
        Criteria.status(done, "DONE");
        Criteria.status(rejected, "REJECTED");
        assertEquals(100.0 * 2 / 3, number(item(backlog(Map.of("department", department)), open), "total"), 1e-9);

        Criteria.update(b, Map.of("weight", 3));
        JsonPath view = backlog(Map.of("department", department));
        assertEquals(100.0 * 2 / 5, number(item(view, open), "total"), 1e-9);
        assertEquals(List.of(open), ids(view));
        assertDerivedMatchesTables();
    }

    /** The narrow summary table holds a row exactly while the issue has scores, and none after it is deleted. */
    @Test
    void aSummaryRowLivesAsLongAsTheIssuesScores() {
        long issue = Criteria.issue(unique("要約の行"), department, Map.of());
        String rows = "select count(*) from issue_summary where issue_id = " + issue;
        assertEquals(0L, single(rows));
        score(RATER, issue, Map.of(a, 2));
        assertEquals(1L, single(rows));
        as(RATER).delete("/api/v1/issues/" + issue + "/scores/" + a).then().statusCode(204);
        assertEquals(0L, single(rows));
        score(RATER, issue, Map.of(a, 2, b, 5));
        assertDerivedMatchesTables();
        as(OFFICER).delete("/api/v1/issues/" + issue).then().statusCode(204);
        assertEquals(0L, single(rows));
    }

    /**
     * Another instance holds standings of an older version: a score saved, an issue closed and a
     * weight changed elsewhere reach it through the version and the log of changed issues.
     */
    @Test
    void anotherInstanceCatchesUpThroughTheVersionAndTheLog() {
        LiveRanking other = new LiveRanking();
        other.store = store;
        other.log = log;
        long issue = Criteria.issue(unique("別の実例"), department, Map.of());
        QuarkusTransaction.requiringNew().run(() -> assertEquals(null, other.now().find(issue)));

        score(RATER, issue, Map.of(a, 5, b, 1));
        assertEquals(100.0 * 2 / 3, QuarkusTransaction.requiringNew().call(() -> other.now().find(issue).total()), 1e-9);
        Criteria.update(b, Map.of("weight", 2));
        assertEquals(100.0 * 2 / 4, QuarkusTransaction.requiringNew().call(() -> other.now().find(issue).total()), 1e-9);
        // the criteria come with the standings (a page reads no criterion): their weights and names follow too
        String renamed = unique("改名した基準");
        Criteria.update(b, Map.of("name", renamed));
        LiveRanking.Current current = QuarkusTransaction.requiringNew().call(other::current);
        assertEquals(renamed, current.names().get(b));
        assertEquals(2.0, current.specs().stream().filter(c -> c.id() == b).findFirst().orElseThrow().weight());
        Criteria.status(issue, "DONE");
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(null, other.now().find(issue));
            assertEquals(live.everything().items(), other.now().items());
            assertEquals(live.everything().unscored(), other.now().unscored());
        });
    }

    /** Once the server listens, an instance ranks on the worker thread of the event, before any page asks. */
    @Test
    void theStandingsAreRankedOnceTheServerListens() {
        HttpServerStart listening = new HttpServerStart(null);
        assertTrue(beans.resolveObserverMethods(listening).stream()
                .anyMatch(o -> o.getBeanClass() == LiveRanking.class && o.isAsync()), "LiveRanking observes the event");
        LiveRanking other = new LiveRanking();
        other.store = store;
        other.log = log;
        long issue = Criteria.issue(unique("起動後の順位"), department, Map.of());
        score(RATER, issue, Map.of(a, 5, b, 1));
        assertNull(other.held());
        other.rankAfterStart(listening);
        assertEquals(100.0 * 2 / 3, other.held().find(issue).total(), 1e-9);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(live.everything().items(), other.held().items()));
    }

    /** A transaction that changed the ranking sees its change, and nobody else does when it rolls back. */
    @Test
    void aRolledBackChangeNeverReachesTheSharedStandings() {
        long issue = Criteria.issue(unique("取り消される採点"), department, Map.of());
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            store.lock();
            for (long criterion : List.of(a, b)) {
                Panache.getEntityManager().createNativeQuery("insert into score (issue_id, criterion_id, rater,"
                        + " score_value) values (:issue, :criterion, 'rollback', 5)").setParameter("issue", issue)
                        .setParameter("criterion", criterion).executeUpdate();
            }
            store.recompute(issue);
            assertEquals(100.0, live.now().find(issue).total(), 1e-9);
            QuarkusTransaction.setRollbackOnly();
        }));
        assertEquals(List.of(issue), unscored());
        assertTrue(ids(backlog(Map.of("department", department))).isEmpty());
        assertDerivedMatchesTables();
    }

    /** A database restored underneath (its version lower than the one held) is ranked again from scratch. */
    @Test
    void aVersionThatWentBackRanksEverythingAgain() {
        assertAnIssueClosedUnloggedLeavesAfter("update ranking_lock set version = 0");
    }

    /** An instance further behind than the log keeps cannot take changes in one by one: it ranks everything again. */
    @Test
    void anInstanceFurtherBehindThanTheLogRanksEverythingAgain() {
        assertAnIssueClosedUnloggedLeavesAfter("update ranking_lock set version = version + " + RankingLog.KEPT_VERSIONS);
    }

    /**
     * An issue closed around Kiku, with no entry in the log, while {@code versionUpdate} moves the
     * version: only a ranking of everything sees it leave, so the ranked count tells which one ran.
     */
    private void assertAnIssueClosedUnloggedLeavesAfter(String versionUpdate) {
        long issue = Criteria.issue(unique("記録なしで完了"), department, Map.of());
        score(RATER, issue, Map.of(a, 4, b, 4));
        assertEquals(List.of(issue), ids(backlog(Map.of("department", department))));
        long ranked = backlog(Map.of()).getLong("totalRanked");
        QuarkusTransaction.requiringNew().run(() -> {
            Panache.getEntityManager().createNativeQuery("update issue set status = 'DONE' where id = :id")
                    .setParameter("id", issue).executeUpdate();
            Panache.getEntityManager().createNativeQuery(versionUpdate).executeUpdate();
        });

        assertEquals(ranked - 1, backlog(Map.of()).getLong("totalRanked"), "the closed issue left the standings");
        assertDerivedMatchesTables();
    }

    private List<Long> unscored() {
        return backlog(Map.of("department", department)).getList("unscored.issueId", Long.class);
    }

    /**
     * The live standings equal a ranking built afresh from every open issue (ranked items in order
     * with their ranks and totals, unscored ids); and a summary row exists exactly for the issues
     * with a score or a computed value.
     */
    private void assertDerivedMatchesTables() {
        List<Standings> freshAndLive = QuarkusTransaction.requiringNew().call(() -> List.of(live.everything(), live.now()));
        assertEquals(freshAndLive.get(0).items(), freshAndLive.get(1).items());
        assertEquals(freshAndLive.get(0).unscored(), freshAndLive.get(1).unscored());
        assertEquals(0L, single("select count(*) from issue i where (exists (select 1 from score s where s.issue_id = i.id)"
                + " or exists (select 1 from derived_score d where d.issue_id = i.id))"
                + " <> (exists (select 1 from issue_summary m where m.issue_id = i.id))"));
    }

    private static long single(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery(sql).getSingleResult()).longValue());
    }
}
