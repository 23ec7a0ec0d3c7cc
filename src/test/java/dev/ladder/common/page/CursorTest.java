package dev.ladder.common.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.common.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CursorTest {
    private static final Instant CREATED = Instant.parse("2024-05-06T07:08:09.123456Z");
    private static final UUID ID = UUID.fromString("0b6f3c2e-1d4a-4f5b-9c8d-7e6f5a4b3c2d");

    /** A cursor a client made up: base64url of whatever JSON it likes. */
    private static String forged(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRejected(Executable read) {
        ApiException.InvalidFieldException e =
                assertInstanceOf(ApiException.InvalidFieldException.class, assertThrows(ApiException.class, read));
        assertEquals(400, e.type.status);
        assertEquals("cursor", e.field);
    }

    @Test
    void aCursorReadsBackAsTheKeysItWasMadeOf() {
        String raw = Cursor.of("score", 12, 0.25, CREATED, ID).encode();
        Cursor cursor = Cursor.decode(raw, 5);
        assertEquals(cursor, cursor.requireSort("score"));
        assertEquals(12, cursor.integer(1));
        assertEquals(0.25, cursor.decimal(2));
        assertEquals(CREATED, cursor.instant(3));
        assertEquals(ID, cursor.uuid(4));
    }

    /** The TOP order of answers keys on accepted * 2^32 + score, past any int. */
    @Test
    void aLongKeyReadsBackPastIntAndAnythingElseIsABadRequest() {
        Cursor cursor = Cursor.decode(Cursor.of("TOP", (1L << 32) - 3, ID).encode(), 3);
        assertEquals((1L << 32) - 3, cursor.longInteger(1));
        assertRejected(() -> Cursor.decode(forged("[\"TOP\",\"1e3\",\"x\"]"), 3).longInteger(1));
        assertRejected(() -> Cursor.decode(forged("[\"TOP\",\"99999999999999999999\",\"x\"]"), 3)
                .longInteger(1));
    }

    @Test
    void anEncodedCursorIsUrlSafeWithoutPadding() {
        String raw = Cursor.of("new", "a?b/c+d=", ID).encode();
        assertTrue(raw.matches("[A-Za-z0-9_-]+"), raw);
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursor.decode(null, 2));
        assertNull(Cursor.decode("", 2));
    }

    @Test
    void aCursorWithTheWrongNumberOfKeysIsABadRequest() {
        String raw = Cursor.of("new", CREATED, ID).encode();
        assertRejected(() -> Cursor.decode(raw, 2));
        assertRejected(() -> Cursor.decode(raw, 4));
    }

    @Test
    void whatDoesNotDecodeToAListOfStringsIsABadRequest() {
        assertRejected(() -> Cursor.decode("not base64!", 1));
        assertRejected(() -> Cursor.decode(forged("not json"), 1));
        assertRejected(() -> Cursor.decode(forged("{\"sort\":\"new\"}"), 1));
        assertRejected(() -> Cursor.decode(forged("null"), 1));
        assertRejected(() -> Cursor.decode(forged("[[\"new\"]]"), 1));
    }

    @Test
    void aCursorOfAnotherSortIsABadRequest() {
        Cursor cursor = Cursor.decode(Cursor.of("new", ID).encode(), 2);
        assertRejected(() -> cursor.requireSort("top"));
    }

    @Test
    void instantsOutsideTheYearsAPostCanHaveAreABadRequest() {
        Cursor cursor = Cursor.decode(
                forged("[\"1970-01-01T00:00:00Z\",\"9999-12-31T23:59:59Z\","
                        + "\"1969-12-31T23:59:59Z\",\"+10000-01-01T00:00:00Z\",\"yesterday\",\"2024-05-06\"]"),
                6);
        assertEquals(Instant.EPOCH, cursor.instant(0));
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), cursor.instant(1));
        assertRejected(() -> cursor.instant(2));
        assertRejected(() -> cursor.instant(3));
        assertRejected(() -> cursor.instant(4));
        assertRejected(() -> cursor.instant(5));
    }

    @Test
    void numbersThatAreNotWhatTheKeySaysAreABadRequest() {
        Cursor cursor =
                Cursor.decode(forged("[\"12.5\",\"99999999999\",\"NaN\",\"Infinity\",\"ten\",\"not-a-uuid\"]"), 6);
        assertRejected(() -> cursor.integer(0));
        assertRejected(() -> cursor.integer(1));
        assertRejected(() -> cursor.decimal(2));
        assertRejected(() -> cursor.decimal(3));
        assertRejected(() -> cursor.decimal(4));
        assertRejected(() -> cursor.integer(4));
        assertRejected(() -> cursor.uuid(5));
    }
}
