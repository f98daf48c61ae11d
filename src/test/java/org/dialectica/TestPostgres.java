package org.dialectica;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The PostgreSQL server the tests' {@code postgres} run uses: {@code .ci/run} starts one and sets
 * {@code DIALECTICA_TEST_POSTGRES}, which the build hands to that run as the system property
 * {@value #PROPERTY} (the run on H2 never sees it, even where the variable is set). Every test gets
 * databases of its own on it, created empty and dropped when done.
 */
public final class TestPostgres {
    static final String PROPERTY = "dialectica.test.postgres";

    /** A database of its own on the server: its JDBC address and the account to use. */
    public record Database(String name, String url, String user, String password) implements AutoCloseable {
        /** Drops it, also while connections to it are still open (pools close after the context's close event). */
        @Override
        public void close() {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        /** The application started on it as {@code @SpringBootTest} does: a mock servlet context, no web server. */
        public ConfigurableApplicationContext application(String... settings) {
            List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password));
            args.addAll(List.of(settings));
            return new SpringApplicationBuilder(DialecticaApplication.class)
                    .contextFactory(ApplicationContextFactory.of(() -> new GenericWebApplicationContext(new MockServletContext())))
                    .run(args.toArray(String[]::new));
        }
    }

    private TestPostgres() {}

    /** The server's address (a JDBC URL to its {@code postgres} database), when this run is on PostgreSQL. */
    public static Optional<String> server() {
        String url = System.getProperty(PROPERTY, "");
        return url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    public static boolean active() {
        return server().isPresent();
    }

    /** A new empty database on the server. */
    public static Database create() {
        String name = "dialectica_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name);
        String server = server().orElseThrow();
        Map<String, String> parameters = parameters(server);
        // the same server and parameters, another database
        String url = server.replaceFirst("^(jdbc:postgresql://[^/?]*)(/[^?]*)?", "$1/" + name);
        return new Database(name, url, parameters.getOrDefault("user", "postgres"), parameters.getOrDefault("password", ""));
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(server().orElseThrow());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on the tests' PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> parameters(String url) {
        Map<String, String> parameters = new HashMap<>();
        String query = URI.create(url.substring("jdbc:".length())).getRawQuery();
        if (query == null) return parameters;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
