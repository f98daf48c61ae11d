package org.dialectica.base;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * News for the other instances of the application that share this database. Each instance keeps
 * what it serves in memory (live rule sessions, debates, the pages following them), so a change
 * made through one must reach the others. On PostgreSQL the news travels by LISTEN/NOTIFY, sent
 * once the change is committed, on a connection of its own (never inside the caller's
 * transaction, which may be completing). The news only says what changed; the receiver reads the
 * change itself from the database, so lost news (a dropped connection, an instance killed between
 * its commit and its news) costs a delay, never a wrong state: after a reconnection every
 * subscriber is asked to {@linkplain #onReconnect catch up}, and the subscribers sweep as well.
 * On the embedded H2 database there is one instance, and nothing to tell.
 */
@Component
public final class ClusterNews implements DisposableBean {
    /** One piece of news: what kind, about what (a map's id, a debate's number …), and any detail. */
    public record News(String topic, String subject, String detail) {}

    private static final Logger log = LoggerFactory.getLogger(ClusterNews.class);
    private static final String CHANNEL = "dialectica";
    /** PostgreSQL refuses a payload of 8,000 bytes or more. */
    private static final int MAX_PAYLOAD = 7_900;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String instance = UUID.randomUUID().toString();
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final boolean shared;
    private final Map<String, List<Consumer<News>>> subscribers = new ConcurrentHashMap<>();
    private final List<Runnable> reconnected = new CopyOnWriteArrayList<>();
    private final Thread listener;
    private volatile boolean running = true;

    private final TransactionTemplate transactions;

    ClusterNews(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transactions, Environment environment) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        String url = environment.getProperty("spring.datasource.url", "");
        this.shared = url.startsWith("jdbc:postgresql:");
        if (!shared) {
            listener = null;
            return;
        }
        Properties login = new Properties();
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        if (user != null) login.setProperty("user", user);
        if (password != null) login.setProperty("password", password);
        listener = Thread.ofPlatform().daemon().name("cluster-news").start(() -> listen(url, login));
    }

    /** Whether other instances may share the database (PostgreSQL), so news must travel. */
    public boolean shared() {
        return shared;
    }

    /**
     * Runs a part of the first start (the first accounts, the sample maps, the seed papers) in a
     * transaction of its own that waits until no other instance is making its first start and keeps
     * the others waiting until it ends: instances started together on an empty database fill it
     * once, each seeing what the one before stored.
     */
    public void firstStart(Runnable work) {
        transactions.executeWithoutResult(t -> {
            if (shared) jdbc.queryForList("select pg_advisory_xact_lock(?)", FIRST_START);
            work.run();
        });
    }

    /** The advisory lock of a first start: any fixed number, the same for every instance. */
    private static final long FIRST_START = 0x0d1a1ec71caL;

    /** This instance, as its news names it. */
    public String instance() {
        return instance;
    }

    /**
     * Tells the other instances, at once: call it once the change is committed. Never fails the
     * caller: news that cannot be sent is logged, and the others catch up by their sweeps.
     */
    public void publish(String topic, String subject, String detail) {
        if (!shared) return;
        String payload = payload(topic, subject, detail);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            if (!connection.getAutoCommit()) connection.setAutoCommit(true);
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not tell the other instances of {} {}: {}", topic, subject, e.toString());
        }
    }

    public void publish(String topic, String subject) {
        publish(topic, subject, null);
    }

    /** Runs the handler, on the news thread, for every piece of news of the topic from another instance. */
    public void subscribe(String topic, Consumer<News> handler) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /** Runs after the news connection was lost and made again: news may have been missed meanwhile. */
    public void onReconnect(Runnable catchUp) {
        reconnected.add(catchUp);
    }

    private String payload(String topic, String subject, String detail) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("i", instance);
        fields.put("t", topic);
        fields.put("s", subject);
        if (detail != null) fields.put("d", detail);
        String payload = JSON.writeValueAsString(fields);
        if (payload.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD) return payload;
        // a detail too long to travel: the receiver reads what it needs from the database instead
        fields.remove("d");
        return JSON.writeValueAsString(fields);
    }

    private void listen(String url, Properties login) {
        boolean first = true;
        long pause = 500;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, login)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                pause = 500;
                if (!first) {
                    log.info("The news connection to the database is back: catching up");
                    reconnected.forEach(ClusterNews::quietly);
                }
                first = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] got = pg.getNotifications(1_000);
                    if (got == null) continue;
                    for (PGNotification notification : got) deliver(notification.getParameter());
                }
            } catch (SQLException e) {
                if (!running) return;
                log.warn("The news connection to the database failed ({}); trying again in {} ms", e.getMessage(), pause);
                first = false;
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(10_000, pause * 2);
            }
        }
    }

    private void deliver(String payload) {
        News news;
        try {
            Map<?, ?> fields = JSON.readValue(payload, Map.class);
            if (instance.equals(fields.get("i"))) return;
            news = new News((String) fields.get("t"), (String) fields.get("s"), (String) fields.get("d"));
        } catch (RuntimeException e) {
            log.warn("Unreadable news from another instance: {}", e.toString());
            return;
        }
        for (Consumer<News> handler : subscribers.getOrDefault(news.topic(), List.of())) {
            quietly(() -> handler.accept(news));
        }
    }

    private static void quietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // one handler that fails must not stop the news for the rest
            log.warn("News from another instance could not be taken: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        running = false;
        if (listener != null) listener.interrupt();
    }
}
