package org.dialectica.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.dialectica.people.AccessTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** My account's access tokens: made with a name, the value shown once and stored only hashed, revoked. */
@SpringBootTest
@WithMockUser(username = "budi", roles = "STUDENT")
class AccessTokenSectionTest extends SpringBrowserlessTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessTokens tokens;

    @Test
    void a_token_is_made_shown_once_stored_hashed_listed_and_revoked() throws Exception {
        AccountView page = navigate(AccountView.class);
        AccessTokenSection section = page.tokens;
        assertThat(section.made.isVisible()).isFalse();
        test(section.name).setValue("Seminar scripts");
        test(section.create).click();

        String value = section.made.getValue();
        assertThat(section.made.isVisible()).isTrue();
        assertThat(section.made.isReadOnly()).isTrue();
        assertThat(value).startsWith("dlc_").hasSizeGreaterThan(40);
        assertThat(test(section.list).size()).isEqualTo(1);
        assertThat(test(section.list).getCellText(0, 0)).isEqualTo("Seminar scripts");
        assertThat(test(section.list).getCellText(0, 3)).isEqualTo("never");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        List<String> stored = jdbc.queryForList("select token_hash from access_token where login = 'budi' and name = 'Seminar scripts'",
                String.class);
        assertThat(stored).containsExactly(sha256);
        assertThat(jdbc.queryForList("select count(*) from access_token where token_hash = ? or hint = ?", Integer.class, value, value))
                .containsExactly(0);

        // shown once: the page opened again (after another) lists the token without its value
        UI.getCurrent().navigate("");
        AccountView again = navigate(AccountView.class);
        assertThat(again).isNotSameAs(page);
        assertThat(again.tokens.made.isVisible()).isFalse();
        assertThat(again.tokens.made.getValue()).isEmpty();
        assertThat(test(again.tokens.list).size()).isEqualTo(1);

        test((Button) test(again.tokens.list).getCellComponent(0, 4)).click();
        assertThat(test(again.tokens.list).size()).isZero();
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void a_token_without_a_name_is_refused_beside_the_field_in_english_and_in_indonesian() {
        AccountView page = navigate(AccountView.class);
        test(page.tokens.create).click();
        assertThat(page.tokens.name.isInvalid()).isTrue();
        assertThat(page.tokens.name.getErrorMessage()).isEqualTo("Give the token a name, such as the program that will use it.");
        assertThat(page.tokens.made.isVisible()).isFalse();

        UI.getCurrent().setLocale(Locale.of("id"));
        test(page.tokens.create).click();
        assertThat(page.tokens.name.getErrorMessage()).isEqualTo("Beri token sebuah nama, misalnya nama program yang akan memakainya.");
        assertThat(page.tokens.create.getText()).isEqualTo("Buat token");
    }
}
