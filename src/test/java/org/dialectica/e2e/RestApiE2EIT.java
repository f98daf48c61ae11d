package org.dialectica.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, as a person using the API meets it on the packaged application: a token made on *My
 * account* in Chromium, shown once, works over real HTTP with the person's rights, stops working
 * when revoked; the API's browsable docs open under the pages' security headers.
 */
class RestApiE2EIT extends AppInBrowser {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_token_made_on_my_account_reads_my_maps_over_http_until_it_is_revoked() throws Exception {
        assertThat(get("/api/maps", null).statusCode()).isEqualTo(401);

        Page page = browser.as("ayu").open(app.url("/account"));
        page.locator("#token-name input").fill("My notebook");
        page.locator("#token-create").click();
        assertThat(page.locator("#token-value")).isVisible();
        String token = page.locator("#token-value input").inputValue();
        Browser.screenshot(page, "21-token-made");
        assertThat(token).startsWith("dlc_");

        HttpResponse<String> maps = get("/api/maps", token);
        assertThat(maps.statusCode()).as(maps.body()).isEqualTo(200);
        assertThat(maps.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(maps.body()).contains("who-gained-from-the-2020-war");
        HttpResponse<String> aif = get("/api/maps/who-gained-from-the-2020-war/export?format=aif", token);
        assertThat(aif.statusCode()).isEqualTo(200);
        assertThat(aif.body()).contains("\"nodes\"");

        // shown once: a fresh page lists the token by name, without its value
        page.reload();
        assertThat(page.locator("#tokens")).containsText("My notebook");
        assertThat(page.locator("#token-value")).isHidden();
        page.locator("[id^=token-revoke-]").first().click();
        page.waitForCondition(() -> {
            try {
                return get("/api/maps", token).statusCode() == 401;
            } catch (Exception e) {
                return false;
            }
        }, new Page.WaitForConditionOptions().setTimeout(30_000));
        HttpResponse<String> refused = get("/api/maps", token);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        page.context().close();
    }

    @Test
    void the_api_docs_open_in_a_browser() throws Exception {
        Page page = browser.openSignedOut(app.url("/api/docs"));
        page.locator(".swagger-ui .info .title").waitFor();
        assertThat(page.locator("section.swagger-ui")).containsText("/api/maps",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        Browser.screenshot(page, "21-api-docs");
        page.context().close();
    }
}
