package dev.ladder.mail;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a digest goes out. Periods are UTC days and ISO weeks (from Monday); the digest sent
 * in a period covers the questions asked in the one before.
 */
enum DigestPeriod {
    DAILY("daily", Duration.ofDays(1)),
    WEEKLY("weekly", Duration.ofDays(7));

    /** As {@code emailDigest} and the database say it. */
    final String name;

    final Duration length;

    DigestPeriod(String name, Duration length) {
        this.name = name;
        this.length = length;
    }

    /** The start of the period {@code now} is in. */
    Instant start(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (this == WEEKLY) {
            day = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
