package dev.ladder.common.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The failures an outage produces, as each layer wraps them (the ITs in dev.ladder.ops produce the
 * real ones: a @QuarkusTest cannot take the database away).
 */
class DatabaseErrorsTest {
    @Test
    void aRefusedOrBrokenConnectionIsUnreachable() {
        assertTrue(DatabaseErrors.unreachable(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
        assertTrue(DatabaseErrors.unreachable(new IllegalStateException(
                "Cannot check the token's account",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
    }

    @Test
    void noPooledConnectionInTimeIsUnreachable() {
        SQLException acquisition =
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException());
        assertTrue(DatabaseErrors.unreachable(new RuntimeException("bucket store", acquisition)));
    }

    @Test
    void aCommitLostWithItsConnectionIsUnreachable() {
        RollbackException commit = new RollbackException("Could not commit transaction.");
        commit.addSuppressed(new Exception("transactionCommit", new SQLException("I/O error", "08006")));
        assertTrue(DatabaseErrors.unreachable(new RuntimeException(commit)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseErrors.unreachable(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseErrors.unreachable(new SQLException("no state")));
        assertFalse(DatabaseErrors.unreachable(new IllegalStateException("a bug", new TimeoutException())));
    }
}
