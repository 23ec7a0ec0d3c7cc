package dev.ladder.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A token is only as good as its account: one signed for an account that was deleted since (or
 * never existed) is refused like any invalid token, on every route and before any role check. One
 * primary-key lookup per signed-in request, in plain JDBC because it runs before the request has a
 * Hibernate session.
 */
@ApplicationScoped
public class AccountExistsCheck implements SecurityIdentityAugmentor {
    private final DataSource db;

    AccountExistsCheck(DataSource db) {
        this.db = db;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (!exists(token.getSubject())) {
                throw new AuthenticationFailedException("The token's subject is not an account");
            }
            return identity;
        });
    }

    private boolean exists(String subject) {
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(subject));
        } catch (IllegalArgumentException e) {
            return false;
        }
        try (Connection connection = db.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT 1 FROM users WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the token's account", e);
        }
    }
}
