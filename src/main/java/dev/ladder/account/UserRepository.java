package dev.ladder.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    /** Handles are unique whatever their case (index users_handle_key on lower(handle)). */
    public Optional<User> findByHandle(String handle) {
        return find("lower(handle) = lower(?1)", handle).firstResultOptional();
    }

    /** Login takes the handle or the email; an email always contains '@' and a handle never does. */
    public Optional<User> findByLogin(String login) {
        return login.contains("@")
                ? find("lower(email) = lower(?1)", login).firstResultOptional()
                : findByHandle(login);
    }

    public boolean emailTaken(String email) {
        return count("lower(email) = lower(?1)", email) > 0;
    }
}
