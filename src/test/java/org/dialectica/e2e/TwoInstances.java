package org.dialectica.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Two packaged instances on one new PostgreSQL database, started together as a rolling start
 * would. The server is {@code DIALECTICA_TEST_POSTGRES}, a JDBC URL with user and password where
 * the tests may create databases ({@code .ci/run} starts one and sets it); without it the tests
 * using this are skipped with that message.
 */
final class TwoInstances implements AutoCloseable {
    final RunningApp a;
    final RunningApp b;
    private final String server;
    private final String database;

    /** @param arguments the maps the first start imports, or null for the project's samples */
    TwoInstances(Path arguments) throws Exception {
        server = System.getenv("DIALECTICA_TEST_POSTGRES");
        Assumptions.assumeTrue(server != null && !server.isBlank(),
                "two instances on PostgreSQL skipped: DIALECTICA_TEST_POSTGRES is not set (.ci/run sets it)");
        database = "two_instances_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
        List<String> args = List.of("--spring.datasource.url=" + databaseUrl(server, database), "--dialectica.demo-accounts=true");
        a = new RunningApp(null).withArgs(args);
        b = new RunningApp(null).withArgs(args);
        if (arguments != null) {
            a.withArguments(arguments);
            b.withArguments(arguments);
        }
        List<Throwable> failed = new ArrayList<>();
        Thread startB = Thread.ofPlatform().start(() -> {
            try {
                b.start();
            } catch (Exception e) {
                failed.add(e);
            }
        });
        a.start();
        startB.join();
        if (!failed.isEmpty()) throw new IllegalStateException("instance B did not start", failed.getFirst());
    }

    /**
     * Opens a free debate on the combined seed map as the moderator, in a browser page of this
     * instance, with Ayu on the first side and Budi on the second; answers its path and leaves the
     * moderator's page open.
     */
    static Page openDebate(Browser browser, RunningApp app, String title) {
        Page moderator = browser.as("moderator").open(app.url("/debates"));
        moderator.locator("#new-debate").click();
        moderator.locator("#debate-title input").fill(title);
        moderator.locator("#debate-map input").fill("Who gained from the 2020");
        moderator.locator("vaadin-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText("Who gained from the 2020")).first().click();
        pick(moderator, "side-members-1", "Ayu (ayu)");
        pick(moderator, "side-members-2", "Budi (budi)");
        moderator.locator("#debate-open").click();
        moderator.waitForURL(u -> u.matches(".*/debate/\\d+$"));
        return moderator;
    }

    private static void pick(Page page, String field, String person) {
        page.locator("#" + field + " input").click();
        page.keyboard().type(person);
        page.locator("vaadin-multi-select-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText(person)).first().click();
        page.keyboard().press("Tab");
    }

    /** The debate's path ({@code /debate/N}) of the page. */
    static String debatePath(Page page) {
        return page.url().substring(page.url().indexOf("/debate/"));
    }

    /** The same server's URL naming another database (its query, user and password kept). */
    private static String databaseUrl(String serverUrl, String name) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String rest = query < 0 ? "" : serverUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + rest;
    }

    @Override
    public void close() throws Exception {
        a.close();
        b.close();
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        }
    }
}
