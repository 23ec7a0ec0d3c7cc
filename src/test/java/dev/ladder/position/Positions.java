package dev.ladder.position;

import java.time.YearMonth;
import java.util.UUID;

/** Positions built in memory, for plain tests of what is derived from them. */
public final class Positions {
    private Positions() {}

    /** A job held now: no end date. */
    public static Position current(String title, String company, String level, String companyStage) {
        Position position = new Position(UUID.randomUUID());
        position.title = title;
        position.company = company;
        position.level = level;
        position.companyStage = companyStage;
        position.setStart(YearMonth.of(2022, 1));
        return position;
    }

    public static Position ended(String title, String company) {
        Position position = current(title, company, null, null);
        position.setEnd(YearMonth.of(2023, 6));
        return position;
    }
}
