package dev.ladder.position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What makes an author worth reading, derived from their positions (most recent first):
 * {@code headline} is the current job ("Engineering Manager at Meta"), {@code companies} the
 * company history without repeats ("Robinhood, Meta, Course Hero, PayPal").
 */
public record Credentials(String headline, List<String> companies) {

    public static Credentials of(List<Position> mostRecentFirst) {
        String headline = mostRecentFirst.stream()
                .filter(Position::current)
                .findFirst()
                .map(p -> p.title + " at " + p.company)
                .orElse(null);
        Map<String, String> companies = new LinkedHashMap<>();
        for (Position position : mostRecentFirst) {
            companies.putIfAbsent(position.company.toLowerCase(Locale.ROOT), position.company);
        }
        return new Credentials(headline, new ArrayList<>(companies.values()));
    }
}
