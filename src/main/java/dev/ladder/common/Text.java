package dev.ladder.common;

/** Small text rules shared by request records. */
public final class Text {
    private Text() {}

    /** Trimmed, or null when blank: optional free-text fields store no empty strings. */
    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
