package org.dialectica.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Accounts on the real database and the real login provider. The test context starts on an empty
 * embedded H2 with {@code DIALECTICA_DEMO_PASSWORD} set, as a trial does: admin and demo accounts.
 */
@SpringBootTest(properties = {"DIALECTICA_DEMO_PASSWORD=demo-password-for-tests", "DIALECTICA_ADMIN_PASSWORD=admin-password-for-tests"})
class AccountsTest {
    static final Person ADMIN = new Person("admin", "Administrator", Role.ADMIN);

    @Autowired
    Accounts accounts;
    @Autowired
    AuthenticationProvider login;
    @Autowired
    PeopleRepositories.Accounts rows;
    @Autowired
    ClassList classList;
    @Autowired
    Classes classes;
    @Autowired
    AuditLog audit;
    @Autowired
    RememberedSignIns remembered;
    @Autowired
    javax.sql.DataSource dataSource;

    private Authentication signIn(String user, String password) {
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    @Test
    void the_first_start_made_the_admin_and_the_demo_accounts_with_hashed_passwords_only() {
        assertThat(CurrentPerson.as(ADMIN, () -> accounts.list()).stream().map(Account::login))
                .contains("admin", "teacher", "moderator", "ayu", "budi");
        assertThat(rows.findAll()).allSatisfy(a -> {
            assertThat(a.passwordHash).startsWith("{bcrypt}$2");
            assertThat(a.passwordHash).doesNotContain("password-for-tests");
        });
        assertThat(classes.findByName(FirstStart.DEMO_CLASS).orElseThrow().members()).contains("ayu", "budi", "moderator");
        assertThat(signIn("admin", "admin-password-for-tests").getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN").doesNotContain("ROLE_TEACHER", "ROLE_STUDENT");
        assertThat(signIn("TEACHER", "demo-password-for-tests").getName()).as("logins ignore case").isEqualTo("teacher");
    }

    @Test
    void a_wrong_password_an_unknown_login_and_a_disabled_account_get_the_same_refusal_and_are_audited() {
        String same = null;
        for (String[] attempt : new String[][] {{"budi", "not-his-password"}, {"nobody-at-all", "whatever-123"}}) {
            try {
                signIn(attempt[0], attempt[1]);
            } catch (BadCredentialsException e) {
                if (same != null) assertThat(e.getMessage()).isEqualTo(same);
                same = e.getMessage();
            }
        }
        assertThat(same).isNotNull();
        String created = CurrentPerson.as(ADMIN, () -> accounts.create("citra", "Citra", "citra@example.org", Role.STUDENT,
                "a-long-enough-one")).login();
        assertThat(signIn(created, "a-long-enough-one").isAuthenticated()).isTrue();
        CurrentPerson.as(ADMIN, () -> accounts.setEnabled("citra", false));
        assertThatThrownBy(() -> signIn("citra", "a-long-enough-one")).isInstanceOf(BadCredentialsException.class).hasMessage(same);
        assertThat(CurrentPerson.as(ADMIN, () -> audit.recent(50)).stream().map(e -> e.actor() + " " + e.action()))
                .contains("budi login-refused", "nobody-at-all login-refused", "citra login", "admin account-created",
                        "admin account-disabled");
    }

    /** A browser's "keep me signed in" token, as the sign-in writes one. */
    private void remember(String login, String series) {
        remembered.tokens().createNewToken(new org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken(
                login, series, "token-" + series, new java.util.Date()));
    }

    @Test
    void every_change_that_ends_sessions_revokes_the_kept_sign_ins_of_that_account_and_of_no_other() {
        CurrentPerson.as(ADMIN, () -> accounts.create("eka", "Eka", null, Role.STUDENT, "eka-password-1"));
        CurrentPerson.as(ADMIN, () -> accounts.create("gilang", "Gilang", null, Role.STUDENT, "gilang-password-1"));
        remember("gilang", "gilang-laptop");
        java.util.List<Runnable> changes = java.util.List.of(
                () -> CurrentPerson.as(ADMIN, () -> accounts.setEnabled("eka", false)),
                () -> CurrentPerson.as(ADMIN, () -> accounts.setRole("eka", Role.TEACHER)),
                () -> CurrentPerson.as(ADMIN, () -> accounts.resetPassword("eka")),
                () -> CurrentPerson.as(new Person("gilang", "Gilang", Role.STUDENT), () -> accounts.changePassword("gilang-password-1", "gilang-password-2")));
        String[] whose = {"eka", "eka", "eka", "gilang"};
        for (int i = 0; i < changes.size(); i++) {
            remember(whose[i], whose[i] + "-phone-" + i);
            remember(whose[i], whose[i] + "-laptop-" + i);
            remember("budi", "budi-" + i);
            changes.get(i).run();
            assertThat(remembered.tokens().getTokenForSeries(whose[i] + "-phone-" + i)).as("change %d", i).isNull();
            assertThat(remembered.tokens().getTokenForSeries(whose[i] + "-laptop-" + i)).as("change %d", i).isNull();
            assertThat(remembered.tokens().getTokenForSeries("budi-" + i)).as("someone else's").isNotNull();
        }
    }

    /** The counts are in the database: another instance (or this one restarted) refuses the same login. */
    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while() {
        CurrentPerson.as(ADMIN, () -> accounts.create("dewi", "Dewi", null, Role.STUDENT, "dewi-password-1"));
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThatThrownBy(() -> signIn("dewi", "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("dewi", "dewi-password-1")).isInstanceOf(BadCredentialsException.class);
        assertThat(CurrentPerson.as(ADMIN, () -> audit.recent(5)).getFirst().action()).isEqualTo("login-throttled");
        org.springframework.security.authentication.dao.DaoAuthenticationProvider passwords =
                new org.springframework.security.authentication.dao.DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder());
        ThrottledLogin otherInstance = new ThrottledLogin(passwords, new LoginThrottle(dataSource, java.time.Clock.systemUTC()), audit);
        assertThatThrownBy(() -> otherInstance.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("dewi", "dewi-password-1")))
                .as("another instance on the same database").isInstanceOf(BadCredentialsException.class);
        assertThat(CurrentPerson.as(ADMIN, () -> audit.recent(5)).getFirst().action()).isEqualTo("login-throttled");
    }

    /** A throttled refusal checks the password all the same, so it takes as long as a wrong password. */
    @Test
    void a_throttled_attempt_costs_a_password_check_like_any_other_and_is_still_refused() {
        CurrentPerson.as(ADMIN, () -> accounts.create("fajar", "Fajar", null, Role.STUDENT, "fajar-password-1"));
        int[] checks = {0};
        org.springframework.security.crypto.password.PasswordEncoder real =
                org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder();
        org.springframework.security.crypto.password.PasswordEncoder counting = new org.springframework.security.crypto.password.PasswordEncoder() {
            public String encode(CharSequence raw) { return real.encode(raw); }
            public boolean matches(CharSequence raw, String hash) { checks[0]++; return real.matches(raw, hash); }
        };
        org.springframework.security.authentication.dao.DaoAuthenticationProvider passwords =
                new org.springframework.security.authentication.dao.DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(counting);
        ThrottledLogin throttled = new ThrottledLogin(passwords, new LoginThrottle(dataSource, java.time.Clock.systemUTC()), audit);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 3; i++) {
            int before = checks[0];
            String tried = i == LoginThrottle.FREE_FAILURES + 2 ? "fajar-password-1" : "guess-" + i;
            assertThatThrownBy(() -> throttled.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("fajar", tried)))
                    .isInstanceOf(BadCredentialsException.class);
            assertThat(checks[0] - before).as("attempt %d checked the password once", i + 1).isEqualTo(1);
        }
    }

    /** Bcrypt reads 72 bytes: the limit is said in those terms, and accents count double. */
    @Test
    void a_password_is_at_most_72_bytes_and_the_refusal_says_so() {
        Person me = new Person("admin", "Administrator", Role.ADMIN);
        assertThatThrownBy(() -> Passwords.check("a".repeat(73))).isInstanceOf(Refusal.class).hasMessageContaining("at most 72 characters");
        assertThatThrownBy(() -> Passwords.check("é".repeat(40))).as("40 letters, 80 bytes").hasMessageContaining("accents");
        Passwords.check("a".repeat(72));
        CurrentPerson.as(me, () -> accounts.create("hana", "Hana", null, Role.STUDENT, "g".repeat(72)));
        assertThat(signIn("hana", "g".repeat(72)).isAuthenticated()).isTrue();
    }

    @Test
    void a_name_with_an_invisible_control_character_is_refused() {
        assertThatThrownBy(() -> CurrentPerson.as(ADMIN, () -> accounts.create("indra", "In\u0000dra", null, Role.STUDENT, "indra-password-1")))
                .hasMessageContaining("The name contains the invisible control character U+0000 (null) at character 3");
        assertThat(accounts.person("indra")).isEmpty();
    }

    @Test
    void a_reset_password_works_once_given_and_must_be_changed_by_its_owner() {
        CurrentPerson.as(ADMIN, () -> accounts.create("eko", "Eko", null, Role.STUDENT, "first-password-1"));
        String temporary = CurrentPerson.as(ADMIN, () -> accounts.resetPassword("eko"));
        assertThat(temporary).hasSize(16);
        Authentication eko = signIn("eko", temporary);
        Person me = new Person("eko", "Eko", Role.STUDENT);
        assertThat(CurrentPerson.as(me, () -> accounts.mustChangePassword())).isTrue();
        assertThatThrownBy(() -> CurrentPerson.as(me, () -> accounts.changePassword("wrong", "new-password-2")))
                .hasMessageContaining("current password");
        assertThatThrownBy(() -> CurrentPerson.as(me, () -> accounts.changePassword(temporary, "short")))
                .hasMessageContaining("at least 10");
        CurrentPerson.as(me, () -> accounts.changePassword(temporary, "new-password-2"));
        assertThat(CurrentPerson.as(me, () -> accounts.mustChangePassword())).isFalse();
        assertThat(signIn("eko", "new-password-2").isAuthenticated()).isTrue();
        assertThat(eko.getName()).isEqualTo("eko");
    }

    @Test
    void only_admins_manage_accounts_and_no_admin_locks_themselves_out() {
        Person teacher = new Person("teacher", "Sari", Role.TEACHER);
        assertThatThrownBy(() -> CurrentPerson.as(teacher, () -> accounts.create("x1", "X", null, Role.ADMIN, "long-password-1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentPerson.as(teacher, () -> accounts.setRole("ayu", Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentPerson.as(ADMIN, () -> accounts.setEnabled("admin", false))).hasMessageContaining("your own");
        assertThatThrownBy(() -> CurrentPerson.as(ADMIN, () -> accounts.setRole("admin", Role.STUDENT))).hasMessageContaining("your own");
        assertThatThrownBy(() -> CurrentPerson.as(ADMIN, () -> accounts.create("Bad Login!", "X", null, Role.STUDENT, "long-password-1")))
                .hasMessageContaining("2 to 100 characters");
        assertThatThrownBy(() -> CurrentPerson.as(ADMIN, () -> accounts.create("ayu", "Ayu again", null, Role.STUDENT, "long-password-1")))
                .hasMessageContaining("already an account «ayu»");
    }

    @Test
    void a_class_list_creates_new_people_enrols_known_ones_and_shows_each_password_once() {
        String csv = """
                name,email,role
                Fajar Nugroho,fajar@kampus.ac.id,mahasiswa
                "Gita, S.Pd.",gita,guru
                Ayu,ayu,student
                """;
        ClassList.Report report = CurrentPerson.as(ADMIN, () -> classList.importList("HI 2026 A", "hi-a.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.created()).extracting(ClassList.Created::login).containsExactly("fajar@kampus.ac.id", "gita");
        assertThat(report.created()).extracting(ClassList.Created::role).containsExactly(Role.STUDENT, Role.TEACHER);
        assertThat(report.created().get(1).name()).isEqualTo("Gita, S.Pd.");
        assertThat(report.enrolled()).containsExactly("ayu");
        assertThat(classes.findByName("HI 2026 A").orElseThrow().members()).containsExactly("ayu", "fajar@kampus.ac.id", "gita");
        String password = report.created().getFirst().password();
        assertThat(signIn("fajar@kampus.ac.id", password).isAuthenticated()).isTrue();
        assertThat(CurrentPerson.as(new Person("fajar@kampus.ac.id", "Fajar", Role.STUDENT), () -> accounts.mustChangePassword())).isTrue();
    }

    @Test
    void a_class_list_with_a_bad_line_saves_nothing_and_names_every_bad_line() {
        String csv = """
                Hadi,hadi,student
                Intan,intan,professor
                Joko,,student
                Hadi twice,hadi,student
                """;
        assertThatThrownBy(() -> CurrentPerson.as(ADMIN, () -> classList.importList("HI 2026 B", "hi-b.csv", csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ClassList.RefusedException.class)
                .hasMessageContaining("hi-b.csv: nothing was imported")
                .hasMessageContaining("line 2: «professor» is not a role")
                .hasMessageContaining("line 3: no email or login for «Joko»")
                .hasMessageContaining("line 4: «hadi» is listed twice");
        assertThat(accounts.person("hadi")).isEmpty();
        assertThat(classes.findByName("HI 2026 B")).isEmpty();
        assertThatThrownBy(() -> CurrentPerson.as(ADMIN, () -> classList.importList("HI 2026 B", "latin1.csv",
                "Kadek,kad\u00e9k,student".getBytes(StandardCharsets.ISO_8859_1))))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> CurrentPerson.as(new Person("teacher", "Sari", Role.TEACHER),
                () -> classList.importList("X", "x.csv", "a,b,student".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
