package org.dialectica.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The account page refuses a bad change beside the field it concerns, in the reader's language. */
@SpringBootTest
@WithMockUser(username = "budi", roles = "STUDENT")
class AccountViewTest extends SpringBrowserlessTest {
    @Test
    void a_wrong_current_password_is_said_beside_that_field_in_english_and_in_indonesian() {
        AccountView page = navigate(AccountView.class);
        test(page.current).setValue("not-budis-password");
        test(page.chosen).setValue("a-new-password-1");
        test(page.repeated).setValue("a-new-password-1");
        test(page.change).click();
        assertThat(page.current.isInvalid()).isTrue();
        assertThat(page.current.getErrorMessage()).isEqualTo("The current password is not right.");

        UI.getCurrent().setLocale(Locale.of("id"));
        test(page.change).click();
        assertThat(page.current.getErrorMessage()).isEqualTo("Kata sandi sekarang tidak benar.");
    }

    @Test
    void two_different_new_passwords_are_caught_before_anything_is_sent() {
        AccountView page = navigate(AccountView.class);
        test(page.current).setValue("whatever-it-is");
        test(page.chosen).setValue("a-new-password-1");
        test(page.repeated).setValue("a-new-password-2");
        test(page.change).click();
        assertThat(page.repeated.isInvalid()).isTrue();
        assertThat(page.current.isInvalid()).isFalse();
    }
}
