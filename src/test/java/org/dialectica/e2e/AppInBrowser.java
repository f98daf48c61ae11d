package org.dialectica.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app on a data folder of its own, seeded with the samples, and headless Chromium:
 * started once per test class, stopped after it.
 */
abstract class AppInBrowser {
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
}
