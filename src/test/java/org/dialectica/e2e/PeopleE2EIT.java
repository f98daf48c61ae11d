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

    /** The headers every page is served with: the login page, the map list and a map page, signed in or not. */
    @Test
    void every_html_page_carries_the_security_headers_and_a_content_security_policy() throws Exception {
        Page teacher = browser.as("teacher").open(app.url("/"));
        String cookie = "JSESSIONID=" + sessionId(teacher);
        for (String path : new String[] {"/login", "/", "/map/" + SEED}) {
            HttpURLConnection c = get(path);
            if (!path.equals("/login")) c.setRequestProperty("Cookie", cookie);
            assertThat(c.getResponseCode()).as(path).isEqualTo(200);
            assertThat(c.getContentType()).as(path).startsWith("text/html");
            assertThat(c.getHeaderField("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(c.getHeaderField("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(c.getHeaderField("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(c.getHeaderField("Cache-Control")).as(path).contains("no-store");
            assertThat(c.getHeaderField("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
        }
        // the session cookie: SameSite=Lax, HttpOnly, and never in an address
        HttpURLConnection fresh = get("/login");
        assertThat(fresh.getHeaderField("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(fresh.getHeaderField("Location")).isNull();
        teacher.context().close();
    }

    /** The pages work under the policy: nothing the app loads or runs is refused by it. */
    @Test
    void a_map_page_runs_under_the_content_security_policy_without_a_violation() throws Exception {
        java.util.List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
        Page teacher = browser.as("teacher").open(app.url("/login"));
        teacher.onConsoleMessage(m -> { if (m.text().contains("Content Security Policy")) refused.add(m.text()); });
        teacher.navigate(app.url("/map/" + SEED));
        teacher.waitForFunction("() => { const g = document.querySelector('dialectica-graph');"
                + " return g && g.cy && g.cy.nodes('[status]').length > 0 && g.cy.nodes('.pending').length === 0; }");
        teacher.navigate(app.url("/debates"));
        assertThat(teacher.locator("#debates")).isVisible();
        assertThat(refused).isEmpty();
        teacher.context().close();
    }

    /** Login CSRF: a sign-in posted from elsewhere (no token of this site's page) signs nobody in. */
    @Test
    void a_sign_in_without_the_pages_csrf_token_is_refused_and_sent_to_a_fresh_login_page() throws Exception {
        HttpURLConnection forged = get("/login");
        forged.setRequestMethod("POST");
        forged.setDoOutput(true);
        forged.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        forged.getOutputStream().write(("username=budi&password=" + RunningApp.PASSWORD).getBytes());
        assertThat(forged.getResponseCode()).isEqualTo(302);
        assertThat(forged.getHeaderField("Location")).endsWith("/login?stale");
        String cookie = forged.getHeaderField("Set-Cookie");
        HttpURLConnection after = get("/");
        if (cookie != null) after.setRequestProperty("Cookie", cookie.split(";")[0]);
        assertThat(after.getResponseCode()).as("not signed in").isEqualTo(302);
        Page page = browser.openSignedOut(app.url("/login?stale"));
        assertThat(page.locator("#login-notice")).containsText("open too long");
        // the page's own form carries the token and signs in
        Browser.signIn(page, "budi", RunningApp.PASSWORD);
        assertThat(page.locator("#nav-account")).hasText("Budi");
        page.context().close();
    }

    /** An account the admin makes, signed in with its own password: answers that password. */
    private static String newPerson(Page admin, String login, String role) {
        admin.navigate(app.url("/admin"));
        admin.locator("#new-login input").fill(login);
        admin.locator("#new-name input").fill(login.substring(0, 1).toUpperCase() + login.substring(1));
        if (!role.equals("student")) {
            admin.locator("#new-role").click();
            admin.locator("vaadin-select-item[role=option] >> visible=true").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(role)).first().click();
        }
        admin.locator("#create-account").click();
        String oneTime = admin.locator("#one-time-password").textContent().strip();
        admin.keyboard().press("Escape");
        String own = login + "-own-password";
        Page first = browser.as(login, oneTime).open(app.url("/"));
        first.locator("#password-current input").fill(oneTime);
        first.locator("#password-new input").fill(own);
        first.locator("#password-repeat input").fill(own);
        first.locator("#password-change").click();
        first.locator("#nav-maps").click();
        assertThat(first.locator("#maps")).isVisible();
        first.context().close();
        return own;
    }

    private static void endedAtOnce(Page page) throws java.io.IOException {
        try {
            page.waitForURL(u -> u.contains("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
        } catch (com.microsoft.playwright.TimeoutError stayed) {
            // what the server did about the session, for the next person reading a red run
            String said = app.log().lines().filter(l -> l.contains("SessionEnding") || l.contains("ession")).reduce("", (a, b) -> a + "\n" + b);
            throw new AssertionError("the page stayed at " + page.url() + " for 30 s; the server's log on sessions:" + said, stayed);
        }
        assertThat(page.locator("#login-form")).isVisible();
        // the sentence saying why is shown when the push arrives first; the page's own reload racing it can
        // reach a plain sign-in page (a known gap, in the closing note of issue 23), so it is printed, not asserted
        // (read without waiting: textContent() would wait 30 s for a notice that may never come, and fail)
        System.out.println("the ended page says: " + page.locator("#login-notice").allTextContents());
        // the old page's own client may reload it once more as its session goes (its push connection
        // closes): let that settle before typing, or the typing lands in a page about to be replaced
        page.waitForTimeout(3_000);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        // the sign-in form a person then uses: loaded once the old session is surely gone (a form drawn
        // while it was still ending carries a token that no longer counts, and is refused as stale)
        page.navigate(app.url("/login"));
        assertThat(page.locator("#login-form")).isVisible();
    }

    /** Whether a request with this page's old session cookie is still let in. */
    private static int statusWithCookieOf(Page page, String cookie) throws Exception {
        HttpURLConnection c = get("/");
        c.setRequestProperty("Cookie", "JSESSIONID=" + cookie);
        return c.getResponseCode();
    }

    @Test
    void an_account_disabled_while_signed_in_elsewhere_is_signed_out_at_once_and_cannot_sign_in_again() throws Exception {
        Page admin = browser.as("admin").open(app.url("/admin"));
        String own = newPerson(admin, "wati", "student");
        Page wati = browser.as("wati", own).open(app.url("/"));
        assertThat(wati.locator("#maps")).isVisible();
        String session = sessionId(wati);
        admin.navigate(app.url("/admin"));
        admin.locator("#disable-wati").click();
        assertThat(admin.locator("#enable-wati")).isVisible();
        endedAtOnce(wati);
        Browser.screenshot(wati, "23-disabled-signed-out");
        assertThat(statusWithCookieOf(wati, session)).as("the old session lets nothing in").isEqualTo(302);
        wati.locator("#vaadinLoginUsername input").fill("wati");
        wati.locator("#vaadinLoginPassword input").fill(own);
        wati.locator("#vaadinLoginPassword input").press("Enter");
        wati.waitForURL(u -> u.contains("error"));
        for (Page p : new Page[] {admin, wati}) p.context().close();
        browser.as("teacher");
    }

    @Test
    void a_teacher_demoted_to_student_loses_the_teacher_pages_at_once() throws Exception {
        Page admin = browser.as("admin").open(app.url("/admin"));
        String own = newPerson(admin, "guru", "teacher");
        Page guru = browser.as("guru", own).open(app.url("/debates"));
        assertThat(guru.locator("#new-debate")).isVisible();
        admin.navigate(app.url("/admin"));
        admin.locator("#role-guru").click();
        admin.locator("vaadin-select-item[role=option] >> visible=true").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("student")).first().click();
        endedAtOnce(guru);
        Browser.signIn(guru, "guru", own);
        guru.navigate(app.url("/debates"));
        assertThat(guru.locator("#debates")).isVisible();
        assertThat(guru.locator("#new-debate")).not().isVisible();
        Browser.screenshot(guru, "23-demoted-teacher");
        for (Page p : new Page[] {admin, guru}) p.context().close();
        browser.as("teacher");
    }

    @Test
    void a_password_change_ends_the_persons_other_sessions_but_not_the_one_it_was_made_in() throws Exception {
        Page admin = browser.as("admin").open(app.url("/admin"));
        String own = newPerson(admin, "rina", "student");
        admin.context().close();
        Page here = browser.as("rina", own).open(app.url("/account"));
        Page there = browser.as("rina", own).open(app.url("/"));
        String thereSession = sessionId(there);
        here.locator("#password-current input").fill(own);
        here.locator("#password-new input").fill("rina-newer-password");
        here.locator("#password-repeat input").fill("rina-newer-password");
        here.locator("#password-change").click();
        endedAtOnce(there);
        assertThat(statusWithCookieOf(there, thereSession)).isEqualTo(302);
        here.locator("#nav-maps").click();
        assertThat(here.locator("#maps")).isVisible();
        for (Page p : new Page[] {here, there}) p.context().close();
        browser.as("teacher");
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

    /**
     * Issue 18: after a restart every open tab of one browser comes back with no session and the
     * same "keep me signed in" cookie, at about the same moment. The first request rotates the
     * token; the others, sent before the new cookie arrived, must not be taken for a stolen cookie
     * (which signs the person out everywhere). Here three requests leave together, as such tabs do.
     */
    @Test
    void tabs_coming_back_at_the_same_moment_with_one_kept_sign_in_all_stay_signed_in() throws Exception {
        Page page = browser.as("teacher").open(app.url("/"));
        assertThat(page.context().cookies().stream().map(c -> c.name)).contains("dialectica-remember-me");
        // the session is gone, as after a restart; the kept sign-in is all the browser has
        page.context().clearCookies(new com.microsoft.playwright.BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));

        @SuppressWarnings("unchecked")
        java.util.List<String> landed = (java.util.List<String>) page.evaluate("paths => Promise.all(paths.map(p =>"
                + " fetch(p, {credentials: 'same-origin', cache: 'no-store'}).then(r => r.status + ' ' + new URL(r.url).pathname)))",
                java.util.List.of("/map/" + SEED, "/", "/map/" + SEED));
        assertThat(landed).as("each tab reached its page, none the sign-in page").containsExactly("200 /map/" + SEED, "200 /", "200 /map/" + SEED);

        // and the browser is still signed in afterwards
        page.navigate(app.url("/"));
        assertThat(page.url()).doesNotContain("/login");
        assertThat(page.locator("#nav-logout")).isVisible();
        page.context().close();
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
