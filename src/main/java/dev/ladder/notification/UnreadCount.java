package dev.ladder.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many of the caller's notifications are unread, up to 100 ({@link NotificationService#UNREAD_CAP}). */
public record UnreadCount(
        @Schema(minimum = "0", maximum = "100") int count) {}
