package dev.ladder.mail;

import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.ProblemType;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The token in an unsubscribe link, which works without signing in: a JWT signed with the
 * service's own key, for one reader and one {@link MailList}, good for a year (old mail keeps
 * working). Its audience is not the API's, so it is never an access token, nor an access token one.
 */
@ApplicationScoped
public class UnsubscribeTokens {
    private static final String AUDIENCE = "ladder-unsubscribe";
    private static final Duration LIFETIME = Duration.ofDays(366);
    private static final String LIST = "list";

    private final JWTParser parser;
    private final JWTAuthContextInfo verification;

    UnsubscribeTokens(JWTParser parser, JWTAuthContextInfo apiTokens) {
        this.parser = parser;
        this.verification = new JWTAuthContextInfo(apiTokens);
        this.verification.setExpectedAudience(Set.of(AUDIENCE));
    }

    /** Who wants off which list. */
    record Grant(UUID reader, MailList list) {}

    String sign(UUID reader, MailList list) {
        return Jwt.subject(reader.toString())
                .audience(AUDIENCE)
                .claim(LIST, list.claim)
                .expiresIn(LIFETIME)
                .jws()
                .keyId("ladder")
                .sign();
    }

    /** The token's reader and list; a token that is not one of these, or has expired, is a 400. */
    Grant verify(String token) {
        try {
            JsonWebToken jwt = parser.parse(token, verification);
            Object claim = jwt.getClaim(LIST);
            MailList list = MailList.of(claim instanceof JsonString json ? json.getString() : String.valueOf(claim));
            if (list == null) {
                throw invalid();
            }
            return new Grant(UUID.fromString(jwt.getSubject()), list);
        } catch (ParseException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return new ApiException(
                ProblemType.BAD_REQUEST,
                "This unsubscribe link is not valid, or is more than a year old: change"
                        + " the settings signed in instead (PATCH /api/v1/me/settings).");
    }
}
