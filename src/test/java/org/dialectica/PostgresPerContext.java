package org.dialectica;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the tests' {@code postgres} run, every Spring context that would get its own in-memory H2
 * (src/test/resources/application.properties) gets a new empty PostgreSQL database instead, migrated
 * by Flyway as in production and dropped when the context closes. A test that chose its own database
 * (an H2 file, say) keeps it.
 */
public class PostgresPerContext implements EnvironmentPostProcessor, Ordered {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!TestPostgres.active() || !environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:mem:")) return;
        TestPostgres.Database database = TestPostgres.create();
        environment.getPropertySources().addFirst(new MapPropertySource("tests' PostgreSQL database", Map.of(
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.user(),
                "spring.datasource.password", database.password(),
                // a few dozen contexts stay cached side by side: each with a small pool, so that together
                // they stay within the server's connections
                "spring.datasource.hikari.maximum-pool-size", "5",
                "spring.datasource.hikari.minimum-idle", "1")));
        application.addListeners((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof ContextClosedEvent || event instanceof ApplicationFailedEvent) database.close();
        });
    }

    // after the configuration files are read (their H2 address is what this replaces)
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
