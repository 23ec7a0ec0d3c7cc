package dev.ladder.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Mail to askers about new answers (their {@code emailOnAnswer}), read from the answer events the
 * notifications keep, through a cursor that one instance at a time holds and moves past each mail
 * it sent. A mail the SMTP server refused stops the run there; the next run starts with it.
 */
@ApplicationScoped
public class AnswerMailJob {
    private static final Logger LOG = Logger.getLogger(AnswerMailJob.class);
    private static final int BATCH = 100;
    /** Per run, so that one run does not hold the cursor for long after a backlog. */
    private static final int MAX_BATCHES = 10;

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
    @Transactional
    public int sendNew() {
        Long cursor = answers.lockCursor();
        if (cursor == null) {
            return 0;
        }
        int sent = 0;
        try {
            for (int i = 0; i < MAX_BATCHES; i++) {
                List<AnswerMail> batch = answers.after(cursor, BATCH);
                for (AnswerMail answer : batch) {
                    if (answer.send()) {
                        mails.answer(answer);
                        sent++;
                    }
                    cursor = answer.eventId();
                }
                if (batch.size() < BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Mail about an answer could not be sent; the next run tries again: %s", e);
        } finally {
            answers.moveCursor(cursor);
        }
        return sent;
    }
}
