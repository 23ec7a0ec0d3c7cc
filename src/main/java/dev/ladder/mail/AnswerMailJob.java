package dev.ladder.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Mail to askers about new answers (their {@code emailOnAnswer}), read from the answer events the
 * notifications keep, through a cursor that one instance at a time holds and moves past each mail
 * it sent. A batch is one transaction: the cursor moves with the mail it covers, and a slow SMTP
 * server never holds a transaction past one batch. A mail the server refused ends the run there;
 * the next run starts with it.
 */
@ApplicationScoped
public class AnswerMailJob {
    private static final Logger LOG = Logger.getLogger(AnswerMailJob.class);
    private static final int BATCH = 100;
    /** Per run, so that one run does not hold the cursor for long after a backlog. */
    private static final int MAX_BATCHES = 10;
    /** Long enough for a batch over a slow SMTP server (each mail may wait for its timeout). */
    private static final int BATCH_TIMEOUT_SECONDS = 600;

    private final AnswerMailRepository answers;
    private final Mails mails;

    AnswerMailJob(AnswerMailRepository answers, Mails mails) {
        this.answers = answers;
        this.mails = mails;
    }

    @Scheduled(every = "${ladder.mail.answers-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sendNew();
    }

    /** Mails about the answers since the last run; how many went out (0 while another instance runs). */
    public int sendNew() {
        int sent = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            Batch batch = QuarkusTransaction.requiringNew()
                    .timeout(BATCH_TIMEOUT_SECONDS)
                    .call(this::sendBatch);
            sent += batch.sent();
            if (!batch.more()) {
                break;
            }
        }
        return sent;
    }

    /** What one batch did: mails sent, and whether more answers may be waiting. */
    private record Batch(int sent, boolean more) {}

    private Batch sendBatch() {
        Long cursor = answers.lockCursor();
        if (cursor == null) {
            return new Batch(0, false);
        }
        List<AnswerMail> batch = answers.after(cursor, BATCH);
        int sent = 0;
        try {
            for (AnswerMail answer : batch) {
                if (answer.send()) {
                    mails.answer(answer);
                    sent++;
                }
                cursor = answer.eventId();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Mail about an answer could not be sent; the next run tries again: %s", e);
            return new Batch(sent, false);
        } finally {
            answers.moveCursor(cursor);
        }
        return new Batch(sent, batch.size() == BATCH);
    }
}
