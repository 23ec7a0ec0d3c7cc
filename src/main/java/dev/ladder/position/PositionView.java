package dev.ladder.position;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** {@code endDate} null means a current position; {@code verifiedAt} is null unless verified. */
public record PositionView(
        UUID id,
        String company,
        String title,
        String level,
        String companyStage,
        YearMonth startDate,
        YearMonth endDate,
        boolean current,
        boolean verified,
        Instant verifiedAt) {

    public static PositionView of(Position p) {
        return new PositionView(
                p.id,
                p.company,
                p.title,
                p.level,
                p.companyStage,
                p.start(),
                p.end(),
                p.current(),
                p.verified(),
                p.verifiedAt);
    }
}
