package dev.ladder.mail;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;

/**
 * A real SMTP server in the test JVM (GreenMail) where the test profile sends mail, and what it
 * received for one address. One server for each Quarkus application the tests start, running as
 * long as it does: the mailer keeps its connections open between mails, as in production, and a
 * server restarted under them between test classes left a pooled connection hanging until
 * GreenMail timed it out. Addresses are unique per test, so nobody reads another test's mail.
 */
public final class Inbox {
    private static final GreenMail SERVER = start();

    private Inbox() {}

    /**
     * On the port application.properties gives the mailer in the test profile, after stopping the
     * server an earlier profile's application used (its mailer is gone with it).
     */
    private static GreenMail start() {
        int port = Integer.parseInt(System.getenv().getOrDefault("LADDER_TEST_SMTP_PORT", "3025"));
        stopEarlier(port);
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        // Its connection threads inherit the context class loader, with which Jakarta Mail finds its
        // providers: GreenMail's own, not the Quarkus application's of the test class.
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(GreenMail.class.getClassLoader());
        try {
            server.start();
        } finally {
            thread.setContextClassLoader(before);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /**
     * Each test profile loads this class anew, so an earlier profile's server may still hold the
     * port. GreenMail's server is the thread that accepts connections; it belongs to another class
     * loader, so it is stopped by name and through reflection.
     */
    private static void stopEarlier(int port) {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("smtp:127.0.0.1:" + port)) {
                try {
                    thread.getClass().getMethod("stopService").invoke(thread);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Could not stop the SMTP server of an earlier test profile", e);
                }
            }
        }
    }

    /** For a test class that sends mail: starts the server before its first test, if its profile has not. */
    public static BeforeAllCallback smtpServer() {
        return context -> SERVER.isRunning();
    }

    public static List<Received> to(String address) {
        return to(SERVER, address);
    }

    /** One received mail, decoded; the List-Unsubscribe headers are null on mail without them. */
    public record Received(String subject, String text, String listUnsubscribe, String listUnsubscribePost) {
        /** The token of the one-click unsubscribe URL in List-Unsubscribe. */
        public String unsubscribeToken() {
            return listUnsubscribe.replaceFirst("^<.*[?&]token=([^&>]+)>$", "$1");
        }
    }

    public static List<Received> to(GreenMailOperations server, String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> addressedTo(message, address))
                .map(Inbox::decode)
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unfold(String header) {
        return header == null ? null : MimeUtility.unfold(header);
    }

    private static Received decode(MimeMessage message) {
        try {
            return new Received(
                    message.getSubject(),
                    ((String) message.getContent()).replace("\r\n", "\n"),
                    unfold(message.getHeader("List-Unsubscribe", null)),
                    message.getHeader("List-Unsubscribe-Post", null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
