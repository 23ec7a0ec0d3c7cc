package dev.ladder.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void anOptionalTextIsStoredStrippedOrNotAtAll() {
        assertNull(Text.trimToNull(null));
        assertNull(Text.trimToNull(""));
        assertNull(Text.trimToNull(" \t\n "));
        assertEquals("Series  A", Text.trimToNull("  Series  A \n"));
    }

    @Test
    void unicodeSpacesCountAsSurroundingSpace() {
        assertNull(Text.trimToNull("\u2003\u3000"));
        assertEquals("Meta", Text.trimToNull("\u2003Meta\u2003"));
    }

    @Test
    void notBlankNeedsOneVisibleCharacterAnywhereEvenAcrossLines() {
        assertTrue("x".matches(Text.NOT_BLANK));
        assertTrue("\n\n  x\n".matches(Text.NOT_BLANK));
        assertFalse("".matches(Text.NOT_BLANK));
        assertFalse(" \t\n ".matches(Text.NOT_BLANK));
    }
}
