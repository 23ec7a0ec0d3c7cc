package dev.ladder.common.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.common.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The keyset position after the last row of a page, as an opaque string: base64url of the sort
 * key values. Clients must not build one; a cursor that does not decode to the expected shape is a
 * 400, never a 500.
 */
public record Cursor(List<String> keys) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Cursor of(Object... keys) {
        return new Cursor(java.util.Arrays.stream(keys).map(String::valueOf).toList());
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
            String[] keys = JSON.readValue(Base64.getUrlDecoder().decode(raw.getBytes(StandardCharsets.US_ASCII)),
                    String[].class);
            if (keys.length == keyCount) {
                return new Cursor(List.of(keys));
            }
        } catch (IllegalArgumentException | java.io.IOException | NullPointerException e) {
            // falls through to the 400 below
        }
        throw ApiException.invalid("cursor", "is not a cursor this list handed out");
    }

    public String key(int index) {
        return keys.get(index);
    }
}
