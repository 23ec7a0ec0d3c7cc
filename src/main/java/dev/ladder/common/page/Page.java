package dev.ladder.common.page;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items and the cursor of the next page, null on the last one. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true) String nextCursor) {

    /**
     * Builds a page from rows fetched with {@code limit + 1}: the extra row only says that a next
     * page exists, and the cursor points after the last row shown.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, Cursor> cursorOf, Function<R, T> view) {
        return ofAll(rows, limit, cursorOf, shown -> shown.stream().map(view).toList());
    }

    /** As {@link #of}, for views made for all shown rows at once (one query for the lot). */
    public static <R, T> Page<T> ofAll(
            List<R> rows, int limit, Function<R, Cursor> cursorOf, Function<List<R>, List<T>> views) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(views.apply(shown), next);
    }
}
