package dev.ladder.position;

import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code endDate} null means a current position. */
@Schema(requiredProperties = {
        "id", "company", "title", "level", "companyStage", "startDate", "endDate", "current" })
public record PositionView(UUID id, String company, String title, String level, String companyStage,
        YearMonth startDate, YearMonth endDate, boolean current) {

    public static PositionView of(Position p) {
        return new PositionView(p.id, p.company, p.title, p.level, p.companyStage, p.start(), p.end(), p.current());
    }
}
