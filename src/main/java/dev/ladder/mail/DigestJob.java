package dev.ladder.mail;

import dev.ladder.common.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Digests: every instance looks for digests due every {@code ladder.mail.digest-every}, and each
 * reader gets at most one per period however many instances look at once ({@link
 * DigestRepository#claim}). A digest lists the top questions, at most 10, asked in the previous
 * period in the topics the reader follows; none, no mail. The claim and the mail share a
 * transaction: a mail the SMTP server refused is tried again next time, and only an instance that
 * dies between the server's acceptance and the commit can make a second one.
 */
@ApplicationScoped
public class DigestJob {
    private static final Logger LOG = Logger.getLogger(DigestJob.class);
    private static final int MAX_QUESTIONS = 10;
    private static final int BATCH = 100;
    /** Before every id as PostgreSQL orders uuids (unsigned bytes). */
    private static final UUID FIRST = new UUID(0, 0);

    private final DigestRepository digests;
    private final Mails mails;

    DigestJob(DigestRepository digests, Mails mails) {
        this.digests = digests;
        this.mails = mails;
    }

    @Scheduled(every = "${ladder.mail.digest-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sendDue(Timestamps.now());
    }

    /** Sends the digests due at {@code now}; how many went out. */
    public int sendDue(Instant now) {
        int sent = 0;
        for (DigestPeriod period : DigestPeriod.values()) {
            Instant to = period.start(now);
            Instant from = to.minus(period.length);
            UUID after = FIRST;
            List<Recipient> batch;
            do {
                UUID next = after;
                batch = QuarkusTransaction.requiringNew().call(() -> digests.due(period, from, to, next, BATCH));
                for (Recipient reader : batch) {
                    try {
                        if (QuarkusTransaction.requiringNew().call(() -> send(reader, period, from, to, now))) {
                            sent++;
                        }
                    } catch (RuntimeException e) {
                        LOG.warnf("A %s digest could not be sent; the next run tries again: %s", period.name, e);
                        return sent;
                    }
                    after = reader.id();
                }
            } while (batch.size() == BATCH);
        }
        return sent;
    }

    private boolean send(Recipient reader, DigestPeriod period, Instant from, Instant to, Instant now) {
        List<DigestQuestion> questions = digests.top(reader.id(), from, to, MAX_QUESTIONS);
        if (!digests.claim(reader.id(), period, to, now, questions.size()) || questions.isEmpty()) {
            return false;
        }
        mails.digest(reader, period, questions);
        return true;
    }
}
