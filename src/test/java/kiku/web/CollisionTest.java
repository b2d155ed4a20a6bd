package kiku.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Which failures are two requests colliding (a 409 to retry) rather than a fault (a 500 to look into). */
class CollisionTest {

    private static Throwable atCommit(Throwable cause) {
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(cause);
        return new ArcUndeclaredThrowableException(rollback);
    }

    private static Throwable key(String sqlState) {
        SQLException sql = new SQLException("violation", sqlState);
        return new PersistenceException(new ConstraintViolationException("could not execute statement", sql, "k"));
    }

    @Test
    void aRowChangedOrGoneAtCommitIsACollision() {
        assertTrue(ProblemMapper.collided(atCommit(new OptimisticLockException("delete ... and version=?"))));
        assertTrue(ProblemMapper.collided(new org.hibernate.StaleObjectStateException("Department", 4L)));
    }

    @Test
    void uniqueAndForeignKeysRefusingAWriteAreCollisions() {
        assertTrue(ProblemMapper.collided(key("23505")), "two equal usernames at once");
        assertTrue(ProblemMapper.collided(atCommit(key("23506"))), "a link to a row deleted meanwhile (H2)");
        assertTrue(ProblemMapper.collided(key("23503")), "a delete of a row linked meanwhile");
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ProblemMapper.collided(key("23513")), "a check constraint: a fault of ours");
        assertFalse(ProblemMapper.collided(key("23502")), "a missing value: a fault of ours");
        assertFalse(ProblemMapper.collided(new IllegalStateException("boom")));
        assertFalse(ProblemMapper.collided(atCommit(new SQLException("disk full", "53100"))));
    }
}
