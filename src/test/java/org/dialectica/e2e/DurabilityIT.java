package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit the page acknowledged survives the server being killed right after: the packaged app
 * is killed with SIGKILL the moment the browser sees each acknowledgement, restarted on the same
 * data, and every acknowledged edit must be there. The edits: creating a map (the page moves to
 * it once the transaction returned) and importing a file (the page says so once it returned).
 */
class DurabilityIT {
    /** Each kill is a restart of ≈ 20 s on 2 cores; -Ddialectica.kills=N for a longer series. */
    private static final int KILLS = Integer.getInteger("dialectica.kills", 10);

    @TempDir
    Path data;

    @Test
    void every_acknowledged_edit_survives_a_kill_right_after_its_acknowledgement() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        RunningApp app = new RunningApp(data);
        // -Ddialectica.app-args="--spring.datasource.url=…" runs the same kills against another setting
        String args = System.getProperty("dialectica.app-args", "");
        if (!args.isBlank()) app.withArgs(List.of(args.strip().split("\\s+")));
        try (Browser browser = new Browser()) {
            for (int run = 0; run <= KILLS; run++) {
                app.start();
                Page page = browser.open(app.url("/"));
                page.waitForSelector("#maps");
                for (String id : acknowledged.subList(Math.max(0, acknowledged.size() - 4), acknowledged.size())) {
                    page.locator("#map-search input").fill(id);
                    assertThat(page.locator("#open-" + id)).hasCount(1);
                }
                if (run == KILLS) break;
                // a new map from the dialog: acknowledged when the page moves to it
                String created = "durable-" + run;
                page.locator("#create-map").click();
                page.locator("#new-map-title input").fill("Durable " + run);
                page.locator("#save-new-map").click();
                page.waitForURL(Pattern.compile(".*/map/" + created + "$"));
                acknowledged.add(created);
                // an imported file: acknowledged by the message, which answers within milliseconds of the commit
                page.navigate(app.url("/"));
                String imported = "durable-import-" + run;
                page.locator("#import-map input[type=file]").setInputFiles(new FilePayload(imported + ".argdown", "text/plain",
                        ("[Claim " + run + "]: Saved before the kill.\n").getBytes(StandardCharsets.UTF_8)));
                page.locator("#import-message[data-status=ok]").waitFor();
                acknowledged.add(imported);
                app.kill(); // at once: the last edit was acknowledged a moment ago
                page.context().close();
            }
            // and all of them, after the last restart
            Page page = browser.open(app.url("/"));
            for (String id : acknowledged) {
                page.locator("#map-search input").fill(id);
                assertThat(page.locator("#open-" + id)).hasCount(1);
            }
        } finally {
            app.close();
        }
    }
}
