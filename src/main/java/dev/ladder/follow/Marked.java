package dev.ladder.follow;

import java.util.Set;

/**
 * Which of a page's items the caller marks (follows, bookmarked): {@code true} or {@code false} for
 * each when signed in, {@code null} signed out, as reads show it.
 */
public record Marked<K>(Set<K> keys, boolean signedIn) {
    static <K> Marked<K> signedOut() {
        return new Marked<>(Set.of(), false);
    }

    public Boolean of(K key) {
        return signedIn ? keys.contains(key) : null;
    }
}
