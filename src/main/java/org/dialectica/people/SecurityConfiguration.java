package org.dialectica.people;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import javax.sql.DataSource;
import org.dialectica.people.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Every page but the login page needs a signed-in person; Vaadin's configurer adds the login form
 * and logout. Spring Security's defaults stay on: a new session id at login (session fixation),
 * no-sniff, frame denial and no-cache headers, written on every response (eagerly: Vaadin's pages
 * are written past the point where the filter would add them afterwards), with a content security
 * policy. CSRF is Spring's on every request Vaadin does not guard itself, the login form included
 * (Vaadin leaves it open, though its pages carry the token in {@code <meta name="_csrf">} and its
 * login form sends it), so no other site can sign a visitor in to an account of its choosing.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {
    static final String LOGIN = "/login";
    static final String REMEMBER_ME_COOKIE = "dialectica-remember-me";
    /**
     * What pages may load: only this server's scripts, styles, images, fonts, workers and
     * connections (the push WebSocket is same-origin), no plugins, no framing, forms only to here.
     * Vaadin needs inline styles and scripts and runs {@code executeJs} through {@code new Function},
     * hence 'unsafe-inline' and 'unsafe-eval' for scripts; user text never becomes markup (it is
     * always set as text), which is what keeps scripts out.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, RememberedSignIns remembered,
            Accounts accounts) throws Exception {
        // "keep me signed in" (ticked by default on the sign-in page): a page survives a restart of its server
        // (the tabs of one browser that reconnect together all sign in: GracefulRememberMe)
        GracefulRememberMe rememberMe = remembered.services(accounts, Clock.systemUTC());
        rememberMe.setParameter(LoginView.REMEMBER_ME);
        rememberMe.setCookieName(REMEMBER_ME_COOKIE);
        rememberMe.setTokenValiditySeconds(RememberedSignIns.VALID_SECONDS);
        http.rememberMe(r -> r.rememberMeServices(rememberMe).key(rememberMe.getKey()));
        // a page coming back with a session that is gone and nothing that signs it in again: say so on the sign-in page
        http.addFilterAfter(new EndedSessionFilter(vaadinRequests), RememberMeAuthenticationFilter.class);
        http.headers(h -> h
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(staleLoginPage());
                        return filter;
                    }
                }));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /**
     * A sign-in page left open past its session (or across a restart) carries a token that no longer
     * counts: it is sent to a fresh sign-in page that says so, rather than a bare 403.
     */
    private static org.springframework.security.web.access.AccessDeniedHandler staleLoginPage() {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (denied instanceof CsrfException && LOGIN.equals(path) && "POST".equals(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + LOGIN + "?stale");
            } else {
                forbidden.handle(request, response, denied);
            }
        };
    }

    /** Bcrypt for new hashes, behind a prefix, so a later algorithm can be adopted without locking anyone out. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider login(Accounts accounts, PasswordEncoder encoder, AuditLog audit, DataSource dataSource) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledLogin(passwords, new LoginThrottle(dataSource, Clock.systemUTC()), audit);
    }
}
