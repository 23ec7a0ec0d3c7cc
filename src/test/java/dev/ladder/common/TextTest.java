package dev.ladder.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
