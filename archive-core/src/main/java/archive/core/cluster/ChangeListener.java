package archive.core.cluster;

import archive.core.work.WorkerPools;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Receives the other nodes' {@link ChangeNotice}s on a connection of its own (not from the pool: it stays open,
 * LISTENing, for the life of the node), to the same database as the catalog, embedded or external. PostgreSQL keeps
 * no notifications for a session that is not listening, so each time the connection is (re-)established this node's
 * caches are dropped whole: whatever changed meanwhile is read again.
 */
@ApplicationScoped
public class ChangeListener {

    /** The session's name in pg_stat_activity. */
    public static final String APPLICATION_NAME = "archive-change-listener";
    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    /** How long to wait for a notification before checking that the connection still works. */
    private static final int POLL_MILLIS = 10_000;
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private final ClusterNode node;
    private final NodeCaches caches;
    private final WorkerPools pools;
    private final Map<ChangeNotice.Kind, Counter> received = new EnumMap<>(ChangeNotice.Kind.class);
    private final Counter reconnects;
    private final AtomicLong connections = new AtomicLong();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Connection connection;

    public ChangeListener(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            ClusterNode node, NodeCaches caches, WorkerPools pools, MeterRegistry registry) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.node = node;
        this.caches = caches;
        this.pools = pools;
        for (ChangeNotice.Kind kind : ChangeNotice.Kind.values()) {
            received.put(kind, Counter.builder("archive.cluster.notifications")
                    .tag("kind", kind.name().toLowerCase())
                    .description("Changes other nodes committed, as this node received them").register(registry));
        }
        reconnects = Counter.builder("archive.cluster.listener.reconnects")
                .description("Times the notification listener connected again after losing its connection "
                        + "(each drops this node's caches)").register(registry);
        Gauge.builder("archive.cluster.listener.connected", () -> connection == null ? 0 : 1)
                .description("1 while this node listens for other nodes' changes").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        pools.changeListener().execute(this::listenUntilStopped);
    }

    /** Before the worker pools are shut down: the listening thread ends once its connection is gone. */
    void onStop(@Observes ShutdownEvent event) {
        stopped.countDown();
        Connection open = connection;
        if (open != null) {
            try {
                open.abort(Runnable::run);
            } catch (SQLException e) {
                LOG.debugf("closing the notification listener: %s", e);
            }
        }
    }

    /** How many times the listener has connected and LISTENed (the first time at start). */
    public long connections() {
        return connections.get();
    }

    private void listenUntilStopped() {
        Duration retry = FIRST_RETRY;
        while (stopped.getCount() > 0) {
            try (Connection open = open()) {
                listen(open);
                retry = FIRST_RETRY;
                receive(open.unwrap(PGConnection.class), open);
            } catch (SQLException | RuntimeException e) {
                if (stopped.getCount() == 0) {
                    return;
                }
                LOG.warnf("Lost the connection that listens for other nodes' changes (%s); connecting again in "
                        + "%d ms", e.toString(), retry.toMillis());
                if (awaitStop(retry)) {
                    return;
                }
                retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
            } finally {
                connection = null;
            }
        }
    }

    private Connection open() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        Connection open = DriverManager.getConnection(url, properties);
        open.setAutoCommit(true);
        return open;
    }

    private void listen(Connection open) throws SQLException {
        try (Statement statement = open.createStatement()) {
            statement.execute("LISTEN " + ChangeNotice.CHANNEL);
        }
        connection = open;
        // Listening from here on; anything committed before is in the database, so forget what came from there.
        caches.dropAll();
        if (connections.incrementAndGet() > 1) {
            reconnects.increment();
            LOG.infof("Listening for other nodes' changes again; this node's caches were dropped");
        }
    }

    private void receive(PGConnection listening, Connection open) throws SQLException {
        while (stopped.getCount() > 0) {
            PGNotification[] notifications = listening.getNotifications(POLL_MILLIS);
            if (notifications == null || notifications.length == 0) {
                // Quiet, or cut off without a word (a dead peer sends nothing): a round trip tells which.
                try (Statement ping = open.createStatement()) {
                    ping.execute("select 1");
                }
                continue;
            }
            for (PGNotification notification : notifications) {
                apply(notification.getParameter());
            }
        }
    }

    private void apply(String payload) {
        Optional<ChangeNotice> notice = ChangeNotice.parse(payload);
        if (notice.isEmpty()) {
            LOG.warnf("A change notification this node does not understand, so it drops its caches: %.100s",
                    payload);
            caches.dropAll();
            return;
        }
        if (notice.get().node().equals(node.id())) {
            return; // this node invalidated its caches when it made the change
        }
        received.get(notice.get().kind()).increment();
        caches.apply(notice.get());
    }

    /** True once the node is stopping. */
    private boolean awaitStop(Duration timeout) {
        try {
            return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
