package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import control in a real browser: what only the browser's upload element shows. */
class UploadE2EIT extends AppInBrowser {
    @TempDir
    static Path files;

    private static Page mapList() {
        Page page = browser.open(app.url("/"));
        page.waitForSelector("#maps");
        return page;
    }

    private static Path file(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void upload(Page page, Path file) {
        page.locator("#import-map input[type=file]").setInputFiles(file);
    }

    @Test
    void a_second_and_third_import_on_the_same_page_work() throws Exception {
        Page page = mapList();

        upload(page, file("first-upload.argdown", "[A]: The first.\n"));
        assertThat(page.locator("#import-message")).containsText("Imported first-upload.argdown");
        upload(page, file("second-upload.argdown", "[B]: The second.\n"));
        assertThat(page.locator("#import-message")).containsText("Imported second-upload.argdown");
        upload(page, file("third-upload.argdown", "[C]: The third.\n"));
        assertThat(page.locator("#import-message")).containsText("Imported third-upload.argdown");
        assertThat(page.locator("#open-second-upload")).hasCount(1);
        Browser.screenshot(page, "upload-1-three-imports");
    }

    @Test
    void an_abstract_framework_is_imported_as_a_map() throws Exception {
        Page page = mapList();

        upload(page, file("triangle.apx", "arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\natt(c,a).\n"));

        assertThat(page.locator("#import-message")).containsText("Imported triangle.apx");
        assertThat(page.locator("#open-triangle")).hasCount(1);
    }

    @Test
    void a_file_of_another_format_is_answered_with_its_name_and_the_formats_accepted() throws Exception {
        Page page = mapList();

        upload(page, file("notes.txt", "[A]: A claim.\n"));

        assertThat(page.locator("#import-message")).containsText("notes.txt");
        assertThat(page.locator("#import-message")).containsText(".argdown, .apx, .tgf, .af");
    }

    @Test
    void a_file_over_5_mb_is_refused_by_the_browser_and_by_the_server_if_the_browser_is_bypassed() throws Exception {
        Page page = mapList();
        // the list is filled after the page shows it: counted once the seed maps are in it
        assertThat(page.locator("[id^=open-]").first()).isAttached();
        int before = page.locator("[id^=open-]").count();
        Path big = file("big.argdown", "[A]: " + "x".repeat(6 * 1024 * 1024) + "\n");

        upload(page, big);
        assertThat(page.locator("#import-message")).containsText("big.argdown was refused");
        assertThat(page.locator("#import-message")).containsText("5 MB");

        // a client that ignores the limit meets the server's, which stops reading past 5 MB (another
        // name: the file input fires no change for the same file again)
        page.evaluate("() => { const u = document.querySelector('#import-map'); u.maxFileSize = Infinity; u.files = []; }");
        upload(page, Files.copy(big, files.resolve("bigger.argdown")));

        assertThat(page.locator("#import-message")).containsText("bigger.argdown is larger than 5 MB");
        assertThat(page.locator("[id^=open-]")).hasCount(before);
    }

    @Test
    void a_self_referring_yaml_alias_is_a_located_error_in_the_page() throws Exception {
        Page page = mapList();

        upload(page, file("alias.argdown", "[A]: Claim A. {from: &x [*x]}\n"));

        assertThat(page.locator("#import-message")).containsText("alias.argdown:1:16: incomplete proposition descriptor");
        assertThat(page.locator("#open-alias")).hasCount(0);
    }
}
