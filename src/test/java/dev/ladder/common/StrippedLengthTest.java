package dev.ladder.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StrippedLengthTest {
    private record Title(@StrippedLength(min = 2, max = 3) String value) {}

    private static boolean valid(String value) {
        StrippedLength.Validator validator = new StrippedLength.Validator();
        validator.initialize(Title.class.getRecordComponents()[0].getAnnotation(StrippedLength.class));
        return validator.isValid(value, null);
    }

    @Test
    void theLengthIsCountedAfterStrippingSurroundingSpaces() {
        assertTrue(valid("  ab \n"));
        assertTrue(valid("abc"));
        assertFalse(valid("   a   "));
        assertFalse(valid("abcd"));
        assertTrue(valid("a b"), "inner spaces count");
    }

    @Test
    void anEmojiIsOneCharacterAsPostgresqlCountsIt() {
        assertTrue(valid("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"), "three code points, six UTF-16 units");
        assertFalse(valid("\uD83D\uDE00"));
    }

    @Test
    void nullIsLeftToNotNull() {
        assertTrue(valid(null));
    }
}
