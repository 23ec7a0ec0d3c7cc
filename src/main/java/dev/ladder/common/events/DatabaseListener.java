package dev.ladder.common.events;

import dev.ladder.common.config.LadderConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * How instances tell each other what committed: one connection of its own (a pooled one would be
 * handed to requests) LISTENs on every {@link DatabaseChannel} the features declare, and hands each
 * notice to its channel. No other infrastructure. When the database goes away the listener
 * connects again every second, and once back every channel reads what it may have missed.
 */
@ApplicationScoped
public class DatabaseListener {
    private static final Logger LOG = Logger.getLogger(DatabaseListener.class);
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final Map<String, DatabaseChannel> channels = new HashMap<>();
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    /** A silent connection (packets dropped) is found out by a query this often. */
    private final Duration check;

    private volatile boolean running = true;
    private volatile Connection connection;

    DatabaseListener(
            @Any Instance<DatabaseChannel> channels,
            LadderConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        channels.forEach(channel -> this.channels.put(channel.name(), channel));
        this.url = url;
        this.username = username;
        this.password = password;
        this.check = config.notification().heartbeat();
    }

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::listen, "database-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        closeQuietly();
    }

    private void listen() {
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    for (String channel : channels.keySet()) {
                        statement.execute("LISTEN " + channel);
                    }
                }
                channels.values().forEach(DatabaseChannel::listening);
                PGConnection notices = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notices.getNotifications((int) check.toMillis());
                    if (received == null || received.length == 0) {
                        try (Statement statement = listening.createStatement()) {
                            statement.execute("SELECT 1");
                        }
                        continue;
                    }
                    for (PGNotification notice : received) {
                        channels.get(notice.getName()).received(notice.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Database listener lost the database (%s); connecting again", e.getMessage());
                    pause();
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", Long.toString(check.toSeconds() * 2 + 5));
        properties.setProperty("ApplicationName", "ladder-listener");
        return DriverManager.getConnection(url, properties);
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeQuietly() {
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException e) {
                // closing on the way out; nothing to do
            }
        }
    }
}
