package dev.ladder.common.error;

import org.hibernate.exception.ConstraintViolationException;

/** Reads which database constraint a failed write broke, so a race the pre-checks lost still maps to a 409. */
public final class Constraints {
    private Constraints() {
    }

    /** The constraint's name, or null when the failure was not a constraint violation. */
    public static String violated(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof ConstraintViolationException violation) {
                return violation.getConstraintName();
            }
        }
        return null;
    }
}
