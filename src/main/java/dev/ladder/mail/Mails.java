package dev.ladder.mail;

import dev.ladder.common.config.LadderConfig;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The mail Ladder sends, as plain text (no markup to inject into), each with an unsubscribe link
 * for its kind in the text and RFC 8058's one-click headers. Sent over SMTP, blocking: the jobs
 * that call this run on worker threads.
 */
@ApplicationScoped
public class Mails {
    private final MailSender mailer;
    private final UnsubscribeTokens tokens;
    private final String publicUrl;

    Mails(MailSender mailer, UnsubscribeTokens tokens, LadderConfig config) {
        this.mailer = mailer;
        this.tokens = tokens;
        this.publicUrl = config.mail().publicUrl().toString().replaceFirst("/+$", "");
    }

    void digest(Recipient to, DigestPeriod period, List<DigestQuestion> questions) {
        String span = period == DigestPeriod.DAILY ? "day" : "week";
        StringBuilder text = new StringBuilder()
                .append("Hello ")
                .append(to.displayName())
                .append(",\n\nThe top new questions of the past ")
                .append(span)
                .append(" in the topics you follow:\n\n");
        for (DigestQuestion question : questions) {
            text.append("* ")
                    .append(oneLine(question.title()))
                    .append("\n  ")
                    .append(count(question.score(), "vote"))
                    .append(", ")
                    .append(count(question.answerCount(), "answer"))
                    .append(": ")
                    .append(questionUrl(question.id()))
                    .append("\n\n");
        }
        send(
                to,
                MailList.DIGEST,
                "Your " + period.name + " Ladder digest: " + count(questions.size(), "new question"),
                text.toString());
    }

    void answer(AnswerMail answer) {
        send(
                answer.asker(),
                MailList.ANSWERS,
                "New answer to \"" + oneLine(answer.questionTitle()) + "\"",
                "Hello " + answer.asker().displayName() + ",\n\nYour question has a new answer:\n\n"
                        + oneLine(answer.questionTitle()) + "\n" + questionUrl(answer.questionId()) + "\n\n");
    }

    /**
     * A code proving that the caller reads mail at a company address. Sent to the address as typed
     * and kept nowhere; no unsubscribe link, as it is sent only when its reader asked for it.
     */
    public void verificationCode(String address, String code, String position, long validMinutes) {
        mailer.send(Mail.withText(
                address,
                "Your Ladder verification code: " + code,
                "Your code is " + code + ".\n\nEnter it in Ladder to verify your position as " + oneLine(position)
                        + ". It is valid for " + validMinutes + " minutes.\n\n"
                        + "If you did not ask for it, ignore this mail: nothing changes without the code.\n"));
    }

    private void send(Recipient to, MailList list, String subject, String text) {
        String token = tokens.sign(to.id(), list);
        String footer = "--\nYou get this mail because of your Ladder settings (" + publicUrl + "/#/settings).\n"
                + "Unsubscribe from it: " + publicUrl + "/#/unsubscribe?token=" + token + "\n";
        mailer.send(Mail.withText(to.email(), subject, text + footer)
                .addHeader("List-Unsubscribe", "<" + publicUrl + "/api/v1/unsubscribe?token=" + token + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    private String questionUrl(UUID question) {
        return publicUrl + "/#/questions/" + question;
    }

    /** Titles are one line already; this keeps a header or a list item so whatever comes. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
