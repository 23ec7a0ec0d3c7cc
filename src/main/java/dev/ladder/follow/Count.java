package dev.ladder.follow;

/** How many follows (or bookmarks) a reader has, and whether one of them is the one asked for. */
record Count(long total, boolean already) {}
