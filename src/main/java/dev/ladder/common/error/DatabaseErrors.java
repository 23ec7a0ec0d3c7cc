package dev.ladder.common.error;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;

/** Reads what a failed database call means for the client. */
public final class DatabaseErrors {
    private DatabaseErrors() {}

    /**
     * The name of the constraint a write broke, or null when it was no constraint violation: a race
     * that the pre-checks lost still maps to a 409.
     */
    public static String violatedConstraint(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof ConstraintViolationException violation) {
                return violation.getConstraintName();
            }
        }
        return null;
    }

    /**
     * PostgreSQL refused a value the request carried (SQLState class 22, data exception: a NUL
     * character, a number or time out of range) or a check constraint (23514) that validation
     * let through: the request is wrong, not the server.
     */
    static boolean refusedValue(Throwable failure) {
        String state = sqlState(failure);
        return state != null && (state.startsWith("22") || state.equals("23514"));
    }

    /**
     * Any other integrity violation (a unique key or foreign key no pre-check caught, such as a
     * vote from an account deleted since its token was issued): the data changed under the request.
     */
    static boolean conflicted(Throwable failure) {
        String state = sqlState(failure);
        return state != null && state.startsWith("23");
    }

    private static String sqlState(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /**
     * PostgreSQL is down or out of reach: a 503, not a bug. SQLState class 08 (a connection refused,
     * reset or timed out, as Hibernate, the account check's plain JDBC and bucket4j's store all pass
     * it on), or no pooled connection in time: Agroal's acquisition timeout is an SQLException
     * without a state, caused by a TimeoutException. A COMMIT that fails this way reaches us as a
     * RollbackException with the I/O error only among its suppressed exceptions.
     */
    static boolean unreachable(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof JDBCConnectionException || e instanceof SQLTransientException) {
                return true;
            }
            if (e instanceof SQLException sql
                    && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                            || sql.getCause() instanceof TimeoutException)) {
                return true;
            }
            for (Throwable suppressed : e.getSuppressed()) {
                if (unreachable(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
