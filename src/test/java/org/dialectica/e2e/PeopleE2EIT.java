package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 in headless Chromium: signing in, two people in two browser contexts, sharing, a student's
 * read-only seed and private copy, the admin page by its address, a first admin from the
 * environment. The people are the demo accounts of the first start (their password made up for
 * this run by {@link RunningApp}).
 */
class PeopleE2EIT extends AppInBrowser {
    static final String SEED = "who-gained-from-the-2020-war";

    private static HttpURLConnection get(String path) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(app.url(path)).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        return c;
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse(null);
    }

    @Test
    void anonymous_requests_go_to_the_login_page_with_the_security_headers_on() throws Exception {
        for (String path : new String[] {"/", "/map/" + SEED, "/admin", "/account", "/compare/" + SEED}) {
            HttpURLConnection c = get(path);
            assertThat(c.getResponseCode()).as(path).isEqualTo(302);
            assertThat(c.getHeaderField("Location")).as(path).endsWith("/login");
            assertThat(c.getHeaderField("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(c.getHeaderField("X-Frame-Options")).isEqualTo("DENY");
            assertThat(c.getHeaderField("Cache-Control")).contains("no-store");
            assertThat(c.getHeaderField("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void a_wrong_password_is_refused_with_one_message_that_names_no_reason() throws Exception {
        Page page = browser.openSignedOut(app.url("/login"));
        for (String[] attempt : new String[][] {{"budi", "not-budis-password"}, {"nobody-here", "anything-at-all"}}) {
            page.locator("#vaadinLoginUsername input").fill(attempt[0]);
            page.locator("#vaadinLoginPassword input").fill(attempt[1]);
            page.locator("#vaadinLoginPassword input").press("Enter");
            page.waitForURL(u -> u.contains("error"));
            assertThat(page.locator("#login-form")).containsText("The login or the password is not right");
        }
        Browser.screenshot(page, "8-login-refused");
        // a successful sign-in gets a new session id: one planted before it is worth nothing
        String before = sessionId(page);
        Browser.signIn(page, "budi", RunningApp.PASSWORD);
        assertThat(sessionId(page)).isNotNull().isNotEqualTo(before);
        page.context().close();
    }

    @Test
    void a_teacher_shares_a_map_with_a_student_who_edits_it_live_while_another_student_is_kept_out() throws Exception {
        Page teacher = browser.as("teacher").open(app.url("/"));
        teacher.locator("#create-map").click();
        String title = "Seminar " + UUID.randomUUID().toString().substring(0, 6);
        teacher.locator("#new-map-title input").fill(title);
        teacher.locator("#save-new-map").click();
        teacher.locator("#share-map").click();
        teacher.locator("#share-editors input").click();
        teacher.keyboard().type("Ayu");
        teacher.locator("vaadin-multi-select-combo-box-item:not([hidden])").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Ayu (ayu)")).click();
        teacher.keyboard().press("Tab"); // closes the list of people
        assertThat(teacher.locator("#share-editors")).containsText("Ayu (ayu)");
        Browser.screenshot(teacher, "8-share-dialog");
        teacher.locator("#share-save").click();
        String mapUrl = teacher.url();

        Page ayu = browser.as("ayu").open(app.url("/"));
        String mapId = mapUrl.substring(mapUrl.lastIndexOf('/') + 1);
        ayu.locator("#map-search input").fill(title);
        assertThat(ayu.locator("#open-" + mapId)).hasCount(1);
        ayu.navigate(mapUrl);
        assertThat(ayu.locator("#presence")).containsText("you (Ayu), Sari");
        assertThat(teacher.locator("#presence")).containsText("you (Sari), Ayu");
        ayu.locator("#add-claim").click();
        ayu.locator("#claim-title input").fill("Ayu's first claim");
        ayu.locator("#claim-text textarea").fill("Written by a student on a shared map.");
        ayu.locator("#claim-save").click();
        teacher.waitForFunction("() => document.querySelector('dialectica-graph').cy.nodes('[status]').length === 1",
                null, new Page.WaitForFunctionOptions().setTimeout(10_000));
        Browser.screenshot(teacher, "8-teacher-sees-ayus-claim");

        // budi is in the same class but the map is shared with Ayu alone
        Page budi = browser.as("budi").open(mapUrl);
        assertThat(budi.locator("#not-found")).containsText("is not shared with you");
        assertThat(budi.locator("dialectica-graph")).not().isVisible();
        budi.navigate(app.url("/admin"));
        assertThat(budi.locator("#page-not-found")).isVisible();
        Browser.screenshot(budi, "8-student-admin-address");
        for (Page p : new Page[] {teacher, ayu, budi}) p.context().close();
        browser.as("teacher");
    }

    @Test
    void a_student_reads_a_seed_and_works_on_a_private_copy_then_signs_out() throws Exception {
        Page ayu = browser.as("ayu").openMap(app.url("/map/" + SEED));
        assertThat(ayu.locator("#nav-account")).hasText("Ayu"); // her name, not her login
        assertThat(ayu.locator("#read-only")).isVisible();
        assertThat(ayu.locator("#add-claim")).not().isVisible();
        Browser.screenshot(ayu, "8-student-seed-read-only");
        ayu.locator("#make-copy").click();
        ayu.waitForURL(u -> !u.endsWith("/map/" + SEED));
        assertThat(ayu.locator("#add-claim")).isVisible();
        assertThat(ayu.locator("h2")).containsText("(copy by Ayu)");
        ayu.locator("#nav-logout").click();
        ayu.waitForURL(u -> u.contains("/login"));
        HttpURLConnection after = get("/");
        assertThat(after.getResponseCode()).isEqualTo(302);
        ayu.context().close();
        browser.as("teacher");
    }

    @Test
    void an_account_made_by_the_admin_must_choose_its_own_password_at_the_first_sign_in() throws Exception {
        Page admin = browser.as("admin").open(app.url("/admin"));
        admin.locator("#new-login input").fill("lestari");
        admin.locator("#new-name input").fill("Lestari");
        admin.locator("#create-account").click();
        String oneTime = admin.locator("#one-time-password").textContent().strip();
        Browser.screenshot(admin, "8-admin-new-account");

        Page lestari = browser.as("lestari", oneTime).open(app.url("/"));
        assertThat(lestari).hasURL(java.util.regex.Pattern.compile(".*/account.*"));
        lestari.locator("#password-current input").fill(oneTime);
        lestari.locator("#password-new input").fill("lestari-own-password");
        lestari.locator("#password-repeat input").fill("lestari-own-password");
        lestari.locator("#password-change").click();
        lestari.locator("#nav-maps").click();
        assertThat(lestari.locator("#maps")).isVisible();
        for (Page p : new Page[] {admin, lestari}) p.context().close();
        browser.as("teacher");
    }

    @Test
    void the_first_admin_comes_from_the_environment_on_a_fresh_data_folder(@TempDir Path fresh) throws Exception {
        String password = "chief-" + UUID.randomUUID();
        try (RunningApp own = new RunningApp(fresh).withEnv(Map.of("DIALECTICA_ADMIN_USER", "chief",
                "DIALECTICA_ADMIN_PASSWORD", password)).start()) {
            assertThat(own.log()).doesNotContain(password).contains("admin account 'chief' created");
            Page chief = browser.as("chief", password).open(own.url("/admin"));
            assertThat(chief.locator("#accounts")).containsText("chief");
            assertThat(chief.locator("#nav-admin")).isVisible();
            chief.context().close();
        } finally {
            browser.as("teacher");
        }
    }
}
