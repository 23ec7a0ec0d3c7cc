package dev.ladder.verification;

import dev.ladder.common.Digests;
import dev.ladder.common.Timestamps;
import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.ProblemType;
import dev.ladder.common.security.CurrentUser;
import dev.ladder.company.Company;
import dev.ladder.company.CompanyService;
import dev.ladder.company.MailDomains;
import dev.ladder.mail.Mails;
import dev.ladder.position.Position;
import dev.ladder.position.PositionService;
import dev.ladder.position.PositionView;
import dev.ladder.ratelimit.LimitKind;
import dev.ladder.ratelimit.RateLimits;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Verifies a position by a code mailed to a work address at its company. The address is used for
 * that one mail and never stored; what stays is the company domain and when the code was confirmed.
 */
@ApplicationScoped
public class VerificationService {
    static final Duration CODE_VALIDITY = Duration.ofMinutes(15);
    static final int ATTEMPTS = 5;

    private static final Logger LOG = Logger.getLogger(VerificationService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PositionService positions;
    private final CompanyService companies;
    private final VerificationCodeRepository codes;
    private final RateLimits limits;
    private final Mails mails;
    private final CurrentUser me;

    VerificationService(
            PositionService positions,
            CompanyService companies,
            VerificationCodeRepository codes,
            RateLimits limits,
            Mails mails,
            CurrentUser me) {
        this.positions = positions;
        this.companies = companies;
        this.codes = codes;
        this.limits = limits;
        this.mails = mails;
        this.me = me;
    }

    /**
     * Mails a new code for one of the caller's positions, replacing any earlier one. The code is
     * stored in its own transaction before the mail goes out, so no connection waits on SMTP.
     */
    public VerificationSent start(UUID positionId, String workEmail) {
        Position position = positions.requireMine(positionId);
        String domain = MailDomains.ofAddress(workEmail);
        Company company = provingCompany(position, domain);
        limits.take(LimitKind.VERIFICATION, "user:" + me.id());
        limits.take(LimitKind.VERIFICATION, "address:" + workEmail.strip().toLowerCase(Locale.ROOT));
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        Instant expiresAt = Timestamps.now().plus(CODE_VALIDITY);
        QuarkusTransaction.requiringNew()
                .run(() -> codes.replace(positionId, domain, digest(positionId, code), ATTEMPTS, expiresAt));
        try {
            mails.verificationCode(
                    workEmail.strip(), code, position.title + " at " + company.name, CODE_VALIDITY.toMinutes());
        } catch (RuntimeException e) {
            LOG.warnf("The verification mail for position %s could not be sent: %s", positionId, e.toString());
            throw new ApiException(
                    ProblemType.UNAVAILABLE, "The mail with the code could not be sent; try again in a while.");
        }
        return new VerificationSent(company.name, domain, expiresAt, ATTEMPTS);
    }

    /**
     * Confirms the code: a right one verifies the position; a wrong one costs an attempt, which is
     * committed with the 422 (hence no rollback for ApiException), and guesses at one code wait
     * for each other, so no more than {@link #ATTEMPTS} are ever counted.
     */
    @Transactional(dontRollbackOn = ApiException.class)
    public PositionView confirm(UUID positionId, String code) {
        Position position = positions.requireMine(positionId);
        VerificationCode pending = codes.findForUpdate(positionId)
                .orElseThrow(() -> ApiException.conflict("No code is waiting for this position: ask for one first."));
        if (pending.expiresAt.isBefore(Instant.now())) {
            codes.delete(pending);
            throw notAccepted("The code has expired: ask for a new one.");
        }
        if (pending.attemptsLeft == 0) {
            throw notAccepted("The code was tried " + ATTEMPTS + " times: ask for a new one.");
        }
        if (!MessageDigest.isEqual(pending.codeSha256, digest(positionId, code))) {
            pending.attemptsLeft--;
            throw notAccepted(
                    pending.attemptsLeft == 0
                            ? "That is not the code, and it was the last attempt: ask for a new one."
                            : "That is not the code: " + pending.attemptsLeft + " attempt"
                                    + (pending.attemptsLeft == 1 ? "" : "s") + " left.");
        }
        codes.delete(pending);
        // The position's company may have changed, or the domain moved, since the code was sent.
        provingCompany(position, pending.domain);
        return positions.verify(position, pending.domain);
    }

    /** The company {@code domain} proves a position at, or a 422 saying why it proves nothing. */
    private Company provingCompany(Position position, String domain) {
        if (MailDomains.isFreeMail(domain)) {
            throw unverifiable(domain + " is a free mail service: an address there proves no employer."
                    + " Use the address " + position.company + " gave you.");
        }
        Company company = companies
                .byMailDomain(domain)
                .orElseThrow(() -> unverifiable(domain + " is not a domain of any company Ladder knows."
                        + " Moderators keep the list of companies and their domains (GET /api/v1/companies)."));
        if (!company.isNamed(position.company)) {
            throw unverifiable(
                    domain + " is a domain of " + company.name + ", and this position is at " + position.company + ".");
        }
        return company;
    }

    private static byte[] digest(UUID positionId, String code) {
        return Digests.sha256((positionId + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    private static ApiException unverifiable(String detail) {
        return new ApiException(ProblemType.UNVERIFIABLE_DOMAIN, detail);
    }

    private static ApiException notAccepted(String detail) {
        return new ApiException(ProblemType.CODE_NOT_ACCEPTED, detail);
    }
}
