package dev.ladder.common.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.common.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The keyset position after the last row of a page, as an opaque string: base64url of the sort
 * key values. Clients must not build one; a cursor that does not decode to the expected shape is a
 * 400, never a 500.
 */
public record Cursor(List<String> keys) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public static Cursor of(Object... keys) {
        return new Cursor(Arrays.stream(keys).map(String::valueOf).toList());
    }

    public String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(keys));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Null when there is no cursor (the first page). */
    public static Cursor decode(String raw, int keyCount) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            String[] keys = JSON.readValue(
                    Base64.getUrlDecoder().decode(raw.getBytes(StandardCharsets.US_ASCII)), String[].class);
            if (keys.length == keyCount) {
                return new Cursor(List.of(keys));
            }
        } catch (IllegalArgumentException | java.io.IOException | NullPointerException e) {
            // falls through to the 400 below
        }
        throw invalid();
    }

    /** For a cursor that decodes but does not fit the list it was sent to. */
    public static ApiException invalid() {
        return ApiException.invalid("cursor", "is not a cursor this list handed out");
    }

    public String key(int index) {
        return keys.get(index);
    }

    /** The sort a cursor was made for is its first key: a cursor of another sort is a 400. */
    public Cursor requireSort(String sort) {
        if (!key(0).equals(sort)) {
            throw invalid();
        }
        return this;
    }

    public int integer(int index) {
        try {
            return Integer.parseInt(key(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public long longInteger(int index) {
        try {
            return Long.parseLong(key(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** Within the years any post can have, so a forged far-off instant is a 400, not a database error. */
    public Instant instant(int index) {
        try {
            Instant instant = Instant.parse(key(index));
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw invalid();
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    /** A finite floating-point key, such as a search relevance. */
    public double decimal(int index) {
        try {
            double value = Double.parseDouble(key(index));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400 below
        }
        throw invalid();
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(key(index));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }
}
