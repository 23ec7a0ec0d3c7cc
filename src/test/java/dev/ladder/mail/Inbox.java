package dev.ladder.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in the test JVM (GreenMail) where the test profile sends mail, and what it
 * received for one address.
 */
public final class Inbox {
    private Inbox() {}

    /** The port application.properties gives the mailer in the test profile. */
    public static GreenMailExtension smtpServer() {
        int port = Integer.parseInt(System.getenv().getOrDefault("LADDER_TEST_SMTP_PORT", "3025"));
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** One received mail, decoded. */
    public record Received(String subject, String text, String listUnsubscribe, String listUnsubscribePost) {
        /** The token of the one-click unsubscribe URL in List-Unsubscribe. */
        public String unsubscribeToken() {
            return listUnsubscribe.replaceFirst("^<.*[?&]token=([^&>]+)>$", "$1");
        }
    }

    public static List<Received> to(GreenMailExtension server, String address) {
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

    private static Received decode(MimeMessage message) {
        try {
            return new Received(
                    message.getSubject(),
                    ((String) message.getContent()).replace("\r\n", "\n"),
                    MimeUtility.unfold(message.getHeader("List-Unsubscribe", null)),
                    message.getHeader("List-Unsubscribe-Post", null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
