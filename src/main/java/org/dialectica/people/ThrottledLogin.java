package org.dialectica.people;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login through the accounts, throttled, and every attempt written to the audit log.
 * A refused attempt gets the same answer whatever the reason (unknown login, wrong password,
 * disabled account, throttled), so the answer tells a guesser nothing.
 */
final class ThrottledLogin implements AuthenticationProvider {
    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledLogin(DaoAuthenticationProvider passwords, LoginThrottle throttle, AuditLog audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String login = Accounts.normal(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (throttle.blocked(login, address)) {
            // the password is checked all the same and its result dropped: a refusal takes as long
            // whatever its reason, so the time of the answer does not tell a guesser they are throttled
            try {
                passwords.authenticate(attempt);
            } catch (AuthenticationException | IllegalArgumentException ignored) {
                // refused either way
            }
            audit.record(login, "login-throttled", address);
            throw new BadCredentialsException("Too many attempts");
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            throttle.succeeded(login);
            audit.record(login, "login", address);
            return done;
        } catch (AuthenticationException e) {
            throttle.failed(login, address);
            audit.record(login, "login-refused", address);
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
