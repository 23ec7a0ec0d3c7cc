package dev.ladder.common.page;

/** How a sort key is read back from a cursor: a key of the wrong kind is the client's 400. */
public enum KeyType {
    INTEGER,
    LONG,
    INSTANT,
    TEXT,
    UUID;

    Object read(Cursor cursor, int index) {
        return switch (this) {
            case INTEGER -> cursor.integer(index);
            case LONG -> cursor.longInteger(index);
            case INSTANT -> cursor.instant(index);
            case TEXT -> cursor.key(index);
            case UUID -> cursor.uuid(index);
        };
    }
}
