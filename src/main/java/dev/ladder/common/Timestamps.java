package dev.ladder.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Time as the database keeps it. */
public final class Timestamps {
    private Timestamps() {}

    /**
     * Now, cut to the microseconds PostgreSQL stores: a response written from memory then shows
     * the same instant a later GET reads, and a cursor made from it matches the stored row.
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
