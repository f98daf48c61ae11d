package org.dialectica.e2e;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Debian's Chromium, headless, driven by Playwright; never a downloaded browser. */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    /** who a new page signs in as when the app asks */
    private String login = "teacher";
    private String password = RunningApp.PASSWORD;

    Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": apt-get install chromium (.ci/run does)");
        }
        // Playwright would otherwise fetch browsers of its own when run outside Maven's test phases (MapPictures)
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Pages opened from now on sign in as this person (each page has its own browser context). */
    Browser as(String login, String password) {
        this.login = login;
        this.password = password;
        return this;
    }

    Browser as(String login) {
        return as(login, RunningApp.PASSWORD);
    }

    Page open(String url) {
        return open(url, 1400, 900, null);
    }

    /**
     * A page of this size, in a fresh browser context, that runs the script before any of the
     * page's own (null for none). Sent to the login page, it signs in and comes back to the url.
     */
    Page open(String url, int width, int height, String initScript) {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        page.setDefaultTimeout(30_000);
        if (initScript != null) page.addInitScript(initScript);
        page.navigate(url);
        if (page.url().contains("/login")) signIn(page, login, password);
        return page;
    }

    /** A page in a fresh context that is not signed in (the login page stays as it is). */
    Page openSignedOut(String url) {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1440, 900)).newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url);
        return page;
    }

    /** Fills and sends the login form the page shows. */
    static void signIn(Page page, String login, String password) {
        page.locator("#vaadinLoginUsername input").fill(login);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
    }

    /** Opens a map page and waits until the canvas has laid out every claim. */
    Page openMap(String url) {
        Page page = open(url);
        page.waitForFunction("() => { const g = document.querySelector('dialectica-graph');"
                + " return g && g.cy && g.cy.nodes('[status]').length > 0 && g.cy.nodes('.pending').length === 0; }");
        return page;
    }

    /** Selects a claim on the canvas as a tap would. */
    static void select(Page page, String claimId) {
        // a block, not an expression: returning the cytoscape element would make Playwright serialise its whole graph
        page.evaluate("id => { document.querySelector('dialectica-graph').cy.getElementById(id).emit('tap'); }", claimId);
    }

    static void screenshot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
