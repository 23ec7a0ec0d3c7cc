package dev.ladder.notification;

/** How many of the caller's notifications are unread. */
public record UnreadCount(long count) {}
