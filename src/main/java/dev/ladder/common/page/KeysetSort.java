package dev.ladder.common.page;

/**
 * An order a keyset-paged list can take, implemented by the list's sort enum: its constant's name
 * is the cursor's first key (a cursor of another sort is a 400), then come the values of the key
 * and of the tie-breaker, a unique column. Every such order has an index on the same columns.
 */
public interface KeysetSort<R> {
    String name();

    SortColumn<R> key();

    /** What orders rows with equal keys: a unique column, usually the id. */
    SortColumn<R> tie();

    /** Where the next page starts: after this row. */
    default Cursor cursorAfter(R row) {
        return Cursor.of(name(), key().valueOf().apply(row), tie().valueOf().apply(row));
    }
}
