package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 18, "true presence": presence follows live pages. A page whose browser process is killed
 * (as a crash or a closed laptop leaves it: no goodbye sent) leaves the list of another page within
 * 30 s; a normal shutdown with pages open logs no error and no stack trace.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PresenceE2EIT extends AppInBrowser {
    static final String MAP = "/map/who-gained-from-the-2020-war";

    private static Set<Long> chromiumProcesses() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("chromium")).orElse(false))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    @Test
    @Order(1)
    void a_page_whose_browser_is_killed_leaves_the_presence_list_within_30_seconds() throws Exception {
        Page sari = browser.openMap(app.url(MAP));
        Set<Long> before = chromiumProcesses();
        Browser second = new Browser().as("admin");
        try {
            second.openMap(app.url(MAP));
            assertThat(sari.locator("#presence")).containsText("Administrator");
            List<Long> its = chromiumProcesses().stream().filter(pid -> !before.contains(pid)).toList();
            assertThat(its).isNotEmpty();

            long killed = System.nanoTime();
            its.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            sari.waitForFunction("() => !document.querySelector('#presence').textContent.includes('Administrator')", null,
                    new Page.WaitForFunctionOptions().setTimeout(30_000).setPollingInterval(250));
            System.out.printf(Locale.ROOT, "a killed browser's page left the presence list %.1f s after the kill%n",
                    (System.nanoTime() - killed) / 1e9);
            assertThat(sari.locator("#presence")).containsText("only one");
        } finally {
            try {
                second.close();
            } catch (RuntimeException alreadyDead) {
                // its browser was killed on purpose
            }
        }
    }

    @Test
    @Order(2)
    void a_page_that_is_closed_leaves_at_once() {
        Page sari = browser.openMap(app.url(MAP));
        Page admin = browser.as("admin").openMap(app.url(MAP));
        browser.as("teacher");
        assertThat(sari.locator("#presence")).containsText("Administrator");
        admin.close();
        // at once: long before two missed heartbeats (20 s) could have dropped it
        sari.waitForFunction("() => !document.querySelector('#presence').textContent.includes('Administrator')", null,
                new Page.WaitForFunctionOptions().setTimeout(8_000).setPollingInterval(100));
    }

    @Test
    @Order(3)
    void a_normal_shutdown_with_pages_open_logs_no_error() throws Exception {
        for (String login : List.of("teacher", "admin", "moderator", "ayu", "budi")) {
            browser.as(login).openMap(app.url(MAP));
        }
        browser.as("teacher");
        int logged = app.log().length();

        app.stop();

        String shutdown = app.log().substring(logged);
        assertThat(shutdown.lines().filter(l -> l.contains(" ERROR ") || l.startsWith("\tat ")).toList())
                .as("the shutdown's log:%n%s", shutdown).isEmpty();
    }
}
