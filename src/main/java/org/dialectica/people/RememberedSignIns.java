package org.dialectica.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * "Keep me signed in": Spring Security's persistent remember-me tokens, one row per browser in
 * {@code persistent_logins} (V10). Chosen over Spring Session JDBC because a Vaadin session holds
 * the whole component tree of every open page: storing it would serialise that tree at every
 * request, while a token lets a page whose server restarted (or moved to another instance) sign in
 * again by itself and rebuild its view from its address. A token is worth nothing once its account
 * changed: disabled, another role, a new password (also one the person chose) — its rows go in the
 * same transaction as the change. The token replaced last is kept a short while (V12, {@link
 * GracefulRememberMe}) for the other tabs of the same browser.
 */
@Component
class RememberedSignIns {
    /** How long a browser stays signed in without a visit. */
    static final int VALID_SECONDS = 14 * 24 * 60 * 60;
    private final JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
    private final JdbcTemplate jdbc;

    RememberedSignIns(DataSource dataSource) {
        tokens.setDataSource(dataSource);
        jdbc = new JdbcTemplate(dataSource);
    }

    PersistentTokenRepository tokens() {
        return tokens;
    }

    /** The remember-me services the sign-in and every later request use. */
    GracefulRememberMe services(UserDetailsService people, Clock clock) {
        return new GracefulRememberMe(java.util.UUID.randomUUID().toString(), people, this, clock);
    }

    /** One browser's row. @param previous the token value replaced last, or null; @param rotatedAt when, or null */
    record Row(String username, String series, String token, Instant lastUsed, String previous, Instant rotatedAt) {}

    Optional<Row> row(String series) {
        return jdbc.query("select username, series, token, last_used, previous_token, rotated_at from persistent_logins where series = ?",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                        rs.getString(5), instant(rs.getTimestamp(6))), series).stream().findFirst();
    }

    /**
     * Replaces the token of a series if it is still {@code expected}, keeping it as the previous
     * value: one statement, so of two requests presenting the same token at once only one rotates.
     *
     * @return false when another request rotated it (or the row went) first
     */
    boolean rotate(String series, String expected, String fresh, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.update("update persistent_logins set previous_token = token, token = ?, last_used = ?, rotated_at = ?"
                + " where series = ? and token = ?", fresh, at, at, series, expected) == 1;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    @EventListener
    void accountChanged(AccountChanged change) {
        tokens.removeUserTokens(change.login());
    }
}
