package dev.ladder.account;

import dev.ladder.common.config.LadderConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/** Makes the first admin: accounts named in ladder.admin-handles (LADDER_ADMIN_HANDLES) become admins at start-up. */
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Transactional
    void promote(@Observes StartupEvent event, LadderConfig config, UserRepository users) {
        for (String handle : config.adminHandles().orElse(List.of())) {
            users.findByHandle(handle.trim())
                    .ifPresentOrElse(
                            user -> {
                                if (user.role != Role.ADMIN) {
                                    user.role = Role.ADMIN;
                                    LOG.infof("Made %s an admin (ladder.admin-handles)", user.handle);
                                }
                            },
                            () -> LOG.warnf("ladder.admin-handles names %s, but no such account exists yet", handle));
        }
    }
}
