package org.dialectica.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged app with no settings at all, started in an empty folder, as a new user would. */
class DefaultsIT {

    @Test
    void with_its_defaults_the_app_keeps_its_database_in_data_under_the_working_folder(@TempDir Path folder) throws Exception {
        // no password given: the first start makes them up and prints them once
        java.util.Map<String, String> none = new java.util.HashMap<>();
        none.put("DIALECTICA_DEMO_PASSWORD", null);
        none.put("DIALECTICA_ADMIN_PASSWORD", null);
        try (RunningApp app = new RunningApp(null, folder).withEnv(none).start()) {
            assertThat(Files.exists(folder.resolve("data").resolve("dialectica.mv.db"))).isTrue();
            assertThat(app.log()).contains("Imported 6 sample maps");
            assertThat(app.log()).contains("First start: accounts created")
                    .containsPattern("admin +admin +password: [A-Za-z0-9]{16}")
                    .containsPattern("teacher +teacher +password: [A-Za-z0-9]{16}")
                    .containsPattern("ayu +student +password: [A-Za-z0-9]{16}");
            // a printed password was in a log: it must be replaced at the first sign-in
            java.util.regex.Matcher printed = java.util.regex.Pattern.compile("ayu +student +password: ([A-Za-z0-9]{16})").matcher(app.log());
            assertThat(printed.find()).isTrue();
            try (Browser browser = new Browser()) {
                com.microsoft.playwright.Page ayu = browser.as("ayu", printed.group(1)).open(app.url("/"));
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(ayu.locator("#password-new")).isVisible();
                ayu.navigate(app.url("/debates"));
                // every page waits for the new password
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(ayu.locator("#password-new")).isVisible();
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(ayu.locator("#debates")).hasCount(0);
            }
            app.stop();
            String firstLog = app.log();
            app.start();
            // the second start creates nobody and prints no password
            assertThat(app.log().substring(firstLog.length())).doesNotContain("password:");
        }
    }
}
