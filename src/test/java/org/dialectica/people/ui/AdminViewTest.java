package org.dialectica.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.dialectica.base.ui.PageNotFound;
import org.dialectica.people.Account;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The admin page: for admins only, by its address too. */
@SpringBootTest
class AdminViewTest extends SpringBrowserlessTest {
    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_creates_an_account_and_is_shown_its_password_once() {
        AdminView admin = navigate(AdminView.class);
        assertThat(admin.accountGrid.getListDataView().getItems().map(Account::login)).contains("admin", "ayu");
        test(admin.newLogin).setValue("lestari");
        test(admin.newName).setValue("Lestari");
        test(admin.createAccount).click();
        assertThat(admin.accountGrid.getListDataView().getItems().map(Account::login)).contains("lestari");
        assertThat(admin.newLogin.isInvalid()).isFalse();
        test(admin.newLogin).setValue("lestari");
        test(admin.createAccount).click();
        assertThat(admin.newLogin.isInvalid()).isTrue();
        assertThat(admin.newLogin.getErrorMessage()).contains("already an account «lestari»");
    }

    @Test
    @WithMockUser(username = "ayu", roles = "STUDENT")
    void a_student_who_types_the_admin_address_gets_no_admin_page() {
        navigate("admin", PageNotFound.class);
        assertThat(getCurrentView()).isInstanceOf(PageNotFound.class);
    }

    @Test
    @WithMockUser(username = "teacher", roles = "TEACHER")
    void a_teacher_gets_no_admin_page_either() {
        navigate("admin", PageNotFound.class);
        assertThat(getCurrentView()).isInstanceOf(PageNotFound.class);
    }
}
