package dev.ladder.notification;

import dev.ladder.common.Digests;
import dev.ladder.common.Timestamps;
import dev.ladder.common.config.LadderConfig;
import dev.ladder.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Stream tickets, for clients that cannot send an Authorization header (a browser's EventSource):
 * 256 random bits, good for one stream within seconds, kept as their SHA-256 in the database so
 * that any instance takes them. A token never goes into a URL, where logs and histories keep it.
 */
@ApplicationScoped
public class StreamTickets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final LadderConfig.Notification config;

    StreamTickets(EntityManager em, LadderConfig config) {
        this.em = em;
        this.config = config.notification();
    }

    /** Who a ticket lets in, and until when their stream may stay open. */
    record Grant(UUID reader, Instant until) {}

    /** A ticket for the reader, whose stream ends when {@code streamUntil} (their token's expiry) comes. */
    @Transactional
    StreamTicket issue(UUID reader, Instant streamUntil) {
        Instant now = Timestamps.now();
        em.createNativeQuery("DELETE FROM notification_stream_tickets WHERE expires_at < :now")
                .setParameter("now", now)
                .executeUpdate();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant expiresAt = now.plus(config.ticketTtl());
        em.createNativeQuery("INSERT INTO notification_stream_tickets (ticket_hash, user_id, expires_at, stream_until)"
                        + " VALUES (:hash, :reader, :expiresAt, :until)")
                .setParameter("hash", hash(ticket))
                .setParameter("reader", reader)
                .setParameter("expiresAt", expiresAt)
                .setParameter("until", streamUntil)
                .executeUpdate();
        return new StreamTicket(ticket, expiresAt);
    }

    /** Uses the ticket up: a second use, an expired or an unknown ticket is a 401. */
    @SuppressWarnings("unchecked")
    @Transactional
    Grant redeem(String ticket) {
        List<Object[]> rows = em.createNativeQuery("DELETE FROM notification_stream_tickets"
                        + " WHERE ticket_hash = :hash AND expires_at >= :now RETURNING user_id, stream_until")
                .unwrap(NativeQuery.class)
                .addScalar("user_id", StandardBasicTypes.UUID)
                .addScalar("stream_until", StandardBasicTypes.INSTANT)
                .setParameter("hash", hash(ticket))
                .setParameter("now", Timestamps.now())
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.unauthorized(
                    "The stream ticket is unknown, expired or already used: ask for a new one with"
                            + " POST /api/v1/me/notifications/stream-tickets.");
        }
        return new Grant((UUID) rows.get(0)[0], (Instant) rows.get(0)[1]);
    }

    private static byte[] hash(String ticket) {
        return Digests.sha256(ticket.getBytes(StandardCharsets.UTF_8));
    }
}
