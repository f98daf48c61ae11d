package org.dialectica.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;

/**
 * Spring's persistent remember-me, safe for the tabs of one browser that come back together: after
 * a restart every open page reconnects at once with the same cookie; the first rotates the token,
 * and the others, which sent the old value before the new cookie reached the browser, would be
 * taken for a stolen cookie and sign the person out everywhere. So the value just replaced is
 * accepted for {@link #GRACE} after its rotation, without rotating again (the browser keeps the
 * cookie the first answer set). Outside the grace an old value is theft, as in Spring's own.
 */
final class GracefulRememberMe extends PersistentTokenBasedRememberMeServices {
    /** How long a token just replaced still signs in: the pages of a browser reconnect within seconds. */
    static final Duration GRACE = Duration.ofSeconds(60);

    private final RememberedSignIns signIns;
    private final Clock clock;

    GracefulRememberMe(String key, UserDetailsService people, RememberedSignIns signIns, Clock clock) {
        super(key, people, signIns.tokens());
        this.signIns = signIns;
        this.clock = clock;
    }

    @Override
    protected UserDetails processAutoLoginCookie(String[] cookie, HttpServletRequest request, HttpServletResponse response) {
        if (cookie.length != 2) throw new InvalidCookieException("A remember-me cookie has a series and a token; this one has " + cookie.length + " parts");
        String series = cookie[0];
        String presented = cookie[1];
        RememberedSignIns.Row row = signIns.row(series)
                .orElseThrow(() -> new RememberMeAuthenticationException("No remember-me token for this series"));
        Instant now = clock.instant();
        if (row.lastUsed().plusSeconds(getTokenValiditySeconds()).isBefore(now)) {
            throw new RememberMeAuthenticationException("Remember-me login has expired");
        }
        if (same(presented, row.token())) {
            String fresh = generateTokenData();
            if (signIns.rotate(series, presented, fresh, now)) {
                setCookie(new String[] {series, fresh}, getTokenValiditySeconds(), request, response);
                return getUserDetailsService().loadUserByUsername(row.username());
            }
            // another tab's request rotated it between the read and the update
            row = signIns.row(series).orElseThrow(() -> new RememberMeAuthenticationException("The remember-me token was revoked"));
        }
        if (same(presented, row.previous()) && row.rotatedAt() != null && !now.isAfter(row.rotatedAt().plus(GRACE))) {
            return getUserDetailsService().loadUserByUsername(row.username());
        }
        signIns.tokens().removeUserTokens(row.username());
        throw new CookieTheftException("A remember-me token was used after it had been replaced; every kept sign-in of '"
                + row.username() + "' is revoked");
    }

    private static boolean same(String presented, String stored) {
        return stored != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), stored.getBytes(StandardCharsets.UTF_8));
    }
}
