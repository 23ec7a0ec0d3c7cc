package dev.ladder.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Sends mail over SMTP, blocking the caller, with every step of it on one Vert.x event loop of its
 * own. vert.x-mail 4.5 opens a connection on the event loop of whatever context it is called from
 * and installs the reply handler on the pool's: when the two differ (a call from a request's
 * context), the server's greeting can arrive before the handler and be lost, and the send then
 * waits until the server gives up. On one event loop the greeting is read after the handler is set.
 */
@ApplicationScoped
class MailSender {
    /** Longer than any SMTP server takes to accept a mail; a hung one fails the send instead of a thread. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ReactiveMailer mailer;
    private final Executor onSmtpLoop;

    MailSender(ReactiveMailer mailer, Vertx vertx) {
        this.mailer = mailer;
        Context smtpLoop = ((VertxInternal) vertx).createEventLoopContext();
        this.onSmtpLoop = task -> smtpLoop.runOnContext(ignored -> task.run());
    }

    void send(Mail mail) {
        mailer.send(mail).runSubscriptionOn(onSmtpLoop).await().atMost(TIMEOUT);
    }
}
