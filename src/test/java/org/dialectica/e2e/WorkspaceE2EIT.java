package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged app in headless Chromium: what a user sees. Screenshots go to target/e2e-screenshots. */
class WorkspaceE2EIT {
    @TempDir
    static Path data;
    static RunningApp app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningApp(data).start();
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    @Test
    void the_combined_seed_map_shows_the_derived_conflict_between_the_russia_claims_of_000_and_004() throws Exception {
        Page page = browser.open(app.url("/"));
        page.locator("vaadin-combo-box input").fill("Who gained");
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Who gained")).first().click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                new Page.GetByRoleOptions().setName("Conflicts")).click();

        assertThat(page.locator("#conflicts").getByText("p000-russia-hegemony-weakens").first()).isVisible();
        assertThat(page.locator("#conflicts").getByText("p004-russia-regional-position-stronger").first()).isVisible();
        Browser.screenshot(page, "combined-map-conflicts");
    }
}
