package org.dialectica.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A map's pictures and reports saved from a running application as a person saves them, with the
 * Download button of the map page: the path for scripts and the command line, which cannot draw the
 * canvas (README, *Pictures and reports*). Debian's Chromium, headless, at 1440×900.
 *
 * <pre>
 * DIALECTICA_LOGIN=teacher DIALECTICA_PASSWORD=… ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.dialectica.e2e.MapPictures -Dexec.args="http://localhost:8080 MAP-ID FOLDER"
 * </pre>
 */
public final class MapPictures {
    /** The entries of the Download button: the pictures the canvas draws, the reports the server writes. */
    static final List<String> ENTRIES = List.of("download-svg", "download-png", "download-markdown", "download-pdf",
            "download-argdown", "download-aif", "download-argdown-json");
    static final int WIDTH = 1440;
    static final int HEIGHT = 900;

    private MapPictures() {}

    /** The map's page, once the canvas has placed every claim. */
    static Page open(Browser browser, String appUrl, String mapId) {
        Page page = browser.open(appUrl.replaceAll("/+$", "") + "/map/" + mapId, WIDTH, HEIGHT, null);
        page.waitForFunction("() => { const g = document.querySelector('dialectica-graph'); return g && g.cy"
                + " && g.cy.nodes('[status]').length > 0 && g.dataset.layout === 'done' && g.cy.nodes('.pending').length === 0; }",
                null, new Page.WaitForFunctionOptions().setTimeout(120_000));
        return page;
    }

    /** Saves what one entry of the Download button gives into the folder, under the name the page gives it. */
    static Path save(Page page, String entry, Path folder) {
        if (!page.locator("#" + entry).isVisible()) page.locator("#download-map").click();
        Download download = page.waitForDownload(() -> page.locator("#" + entry).click());
        Path file = folder.resolve(download.suggestedFilename());
        download.saveAs(file);
        return file;
    }

    public static void main(String[] args) throws Exception {
        String password = System.getenv("DIALECTICA_PASSWORD");
        if (args.length != 3 || password == null) {
            System.err.println("usage: DIALECTICA_LOGIN=… DIALECTICA_PASSWORD=… MapPictures APP-URL MAP-ID FOLDER"
                    + " (saves the map's SVG and PNG pictures, its Markdown and PDF reports and the map as Argdown, AIF and Argdown JSON into FOLDER)");
            System.exit(1);
        }
        String login = System.getenv().getOrDefault("DIALECTICA_LOGIN", "admin");
        Path folder = Files.createDirectories(Path.of(args[2]));
        try (Browser browser = new Browser().as(login, password)) {
            Page page = open(browser, args[0], args[1]);
            for (String entry : ENTRIES) System.out.println(save(page, entry, folder));
        }
    }
}
