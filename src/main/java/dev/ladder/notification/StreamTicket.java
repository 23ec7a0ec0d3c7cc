package dev.ladder.notification;

import java.time.Instant;

/** Opens one notification stream, {@code GET /me/notifications/stream?ticket=...}, until {@code expiresAt}. */
public record StreamTicket(String ticket, Instant expiresAt) {}
