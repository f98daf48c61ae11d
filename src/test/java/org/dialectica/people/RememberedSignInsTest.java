package org.dialectica.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dialectica.people.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;

/**
 * Issue 18: the tabs of one browser that reconnect at the same moment after a restart present the
 * same remember-me cookie. The services run on the real database ({@code persistent_logins} on
 * H2) with a clock the test moves: the value a tab presents just after another tab's rotation
 * still signs in, an old value after the grace is theft and revokes every kept sign-in.
 */
@SpringBootTest
class RememberedSignInsTest {
    private static final String COOKIE = SecurityConfiguration.REMEMBER_ME_COOKIE;

    @Autowired
    RememberedSignIns remembered;
    @Autowired
    Accounts accounts;

    /** A clock the test sets. */
    private static final class TestClock extends Clock {
        volatile Instant now = Instant.parse("2026-12-06T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private static final java.util.concurrent.atomic.AtomicInteger people = new java.util.concurrent.atomic.AtomicInteger();

    /** A new account of this test's own: other tests on the same context may disable the demo ones. */
    private String someone() {
        String login = "kept-" + people.incrementAndGet();
        CurrentPerson.as(AccountsTest.ADMIN, () -> accounts.create(login, "Kept " + login, null, Role.STUDENT, "kept-password-1"));
        return login;
    }

    private GracefulRememberMe services() {
        GracefulRememberMe services = remembered.services(accounts, clock);
        services.setParameter(LoginView.REMEMBER_ME);
        services.setCookieName(COOKIE);
        services.setTokenValiditySeconds(RememberedSignIns.VALID_SECONDS);
        return services;
    }

    /** Signs in with "keep me signed in" ticked: the cookie the browser is given. */
    private static String signIn(GracefulRememberMe services, String login) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter(LoginView.REMEMBER_ME, "on");
        MockHttpServletResponse response = new MockHttpServletResponse();
        services.loginSuccess(request, response, UsernamePasswordAuthenticationToken.authenticated(login, null,
                AuthorityUtils.createAuthorityList("ROLE_STUDENT")));
        return response.getCookie(COOKIE).getValue();
    }

    /** A request of a page whose session is gone, with this cookie. */
    private record Visit(Authentication signedIn, String newCookie) {}

    private static Visit visit(GracefulRememberMe services, String cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/map/x");
        request.setCookies(new Cookie(COOKIE, cookie));
        MockHttpServletResponse response = new MockHttpServletResponse();
        Authentication signedIn = services.autoLogin(request, response);
        Cookie set = response.getCookie(COOKIE);
        return new Visit(signedIn, set == null ? null : set.getValue());
    }

    private static String series(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8).split(":")[0];
    }

    @Test
    void two_tabs_presenting_the_same_cookie_one_after_the_other_are_both_signed_in() {
        GracefulRememberMe services = services();
        String budi = someone();
        String first = signIn(services, budi);

        Visit tab1 = visit(services, first);
        assertThat(tab1.signedIn().getName()).isEqualTo(budi);
        assertThat(tab1.newCookie()).as("the token rotates at its use").isNotNull().isNotEqualTo(first);

        clock.now = clock.now.plusSeconds(5);
        Visit tab2 = visit(services, first);
        assertThat(tab2.signedIn().getName()).as("the value just replaced, within the grace").isEqualTo(budi);
        assertThat(tab2.newCookie()).as("no second rotation: the browser keeps the first answer's cookie").isNull();

        // the browser's cookie now is the first answer's, and it goes on working (and rotating)
        Visit later = visit(services, tab1.newCookie());
        assertThat(later.signedIn().getName()).isEqualTo(budi);
        assertThat(later.newCookie()).isNotNull().isNotEqualTo(tab1.newCookie());
    }

    @Test
    void an_old_cookie_presented_after_the_grace_is_theft_and_revokes_every_kept_sign_in() {
        GracefulRememberMe services = services();
        String ayu = someone();
        String stolen = signIn(services, ayu);
        String otherDevice = signIn(services, ayu);
        Visit owner = visit(services, stolen);
        assertThat(owner.signedIn().getName()).isEqualTo(ayu);

        clock.now = clock.now.plus(GracefulRememberMe.GRACE).plusSeconds(1);
        assertThatThrownBy(() -> visit(services, stolen)).isInstanceOf(CookieTheftException.class);
        assertThat(remembered.tokens().getTokenForSeries(series(stolen))).isNull();
        assertThat(remembered.tokens().getTokenForSeries(series(otherDevice))).as("every sign-in of that login goes").isNull();
        assertThat(visit(services, owner.newCookie()).signedIn()).as("the owner's own cookie no longer works").isNull();
    }

    @Test
    void a_value_replaced_twice_is_theft_even_within_the_grace() {
        GracefulRememberMe services = services();
        String first = signIn(services, someone());
        String second = visit(services, first).newCookie();
        String third = visit(services, second).newCookie();
        assertThat(third).isNotNull();
        assertThatThrownBy(() -> visit(services, first)).isInstanceOf(CookieTheftException.class);
        assertThat(remembered.tokens().getTokenForSeries(series(first))).isNull();
    }

    /** Several tabs at the very same moment: one rotates, the others are let in with the value it replaced. */
    @Test
    void tabs_presenting_the_same_cookie_at_the_same_moment_are_all_signed_in() throws Exception {
        GracefulRememberMe services = services();
        String teacher = someone();
        String cookie = signIn(services, teacher);
        ExecutorService tabs = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                CountDownLatch go = new CountDownLatch(1);
                String presented = cookie;
                List<Future<Visit>> visits = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    visits.add(tabs.submit(() -> {
                        go.await();
                        return visit(services, presented);
                    }));
                }
                go.countDown();
                List<String> rotated = new ArrayList<>();
                for (Future<Visit> v : visits) {
                    Visit visit = v.get();
                    assertThat(visit.signedIn()).as("round %d", round).isNotNull();
                    assertThat(visit.signedIn().getName()).isEqualTo(teacher);
                    if (visit.newCookie() != null) rotated.add(visit.newCookie());
                }
                assertThat(rotated).as("round %d: exactly one rotation", round).hasSize(1);
                cookie = rotated.getFirst();
                clock.now = clock.now.plus(Duration.ofSeconds(1));
            }
        } finally {
            tabs.shutdownNow();
        }
    }
}
