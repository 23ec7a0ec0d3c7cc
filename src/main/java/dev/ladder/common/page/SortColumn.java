package dev.ladder.common.page;

import java.util.function.Function;

/**
 * One column of a keyset order: the HQL expression a list is ordered by, its direction, how its
 * value travels in a cursor, and how to read it from a row of the list.
 */
public record SortColumn<R>(String path, boolean descending, KeyType type, Function<R, ?> valueOf) {

    public static <R> SortColumn<R> desc(String path, KeyType type, Function<R, ?> valueOf) {
        return new SortColumn<>(path, true, type, valueOf);
    }

    public static <R> SortColumn<R> asc(String path, KeyType type, Function<R, ?> valueOf) {
        return new SortColumn<>(path, false, type, valueOf);
    }

    String orderBy() {
        return path + (descending ? " desc" : "");
    }

    /** The comparison that keeps the rows strictly after a cursor's value. */
    String after() {
        return descending ? " < " : " > ";
    }
}
