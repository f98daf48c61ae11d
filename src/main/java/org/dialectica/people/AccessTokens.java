package org.dialectica.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.dialectica.map.TypedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: how a program calls the REST API as a person. A token is
 * {@value #PREFIX} and 256 random bits (so a leaked one is recognised for what it is); only its
 * SHA-256 is stored (V15), enough for a value that cannot be guessed, and the value is shown once,
 * when made. A token acts with its person's rights as they are at each call (their role read
 * afresh, the policy of the pages), is refused once its account is disabled, and is deleted when
 * revoked, with its account, and when an admin disables the account, changes its role or resets
 * its password: rights never outlive their removal, as sessions end then ({@link AccountChanged}).
 * <p>
 * Calls are limited per token by a token bucket ({@link #call}): {@code dialectica.api.burst} calls
 * at once, refilled at {@code dialectica.api.calls-per-minute}. Its state is one number in the
 * token's row, moved by one atomic update per call, as the login throttle counts in the database:
 * every instance on it counts the same calls, and a restart forgives none.
 */
@Service
public class AccessTokens {
    public static final String PREFIX = "dlc_";
    public static final int MAX_NAME = 100, MAX_PER_PERSON = 20;
    private static final int HINT = PREFIX.length() + 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    /** milliseconds between two calls at the steady rate, and how far ahead of it a burst may go */
    private final long interval, tolerance;

    AccessTokens(DataSource dataSource, AuditLog audit, @Value("${dialectica.api.calls-per-minute:120}") int perMinute,
            @Value("${dialectica.api.burst:60}") int burst) {
        if (perMinute < 1 || burst < 1) throw new IllegalArgumentException("dialectica.api.calls-per-minute and .burst must be at least 1");
        this.jdbc = new JdbcTemplate(dataSource);
        this.audit = audit;
        this.interval = Math.max(1, 60_000L / perMinute);
        this.tolerance = (burst - 1) * interval;
    }

    /** A token as its owner's list shows it; {@code hint} is its first characters, {@code lastUsedAt} null if never used. */
    public record Token(long id, String name, String hint, Instant createdAt, Instant lastUsedAt) {}

    /** A token just made, with its value: shown to its owner this once, never stored. */
    public record Made(Token token, String value) {}

    /** Who a presented token acts for. */
    record Holder(long tokenId, Person person) {}

    /** A new token of the signed-in person. */
    @Transactional
    public Made create(String name) {
        Person me = CurrentPerson.get();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw new Refusal("token.error.name");
        if (n.length() > MAX_NAME) throw new Refusal("token.error.nameLength", MAX_NAME);
        TypedText.check("name", n);
        Integer held = jdbc.queryForObject("select count(*) from access_token where login = ?", Integer.class, me.login());
        if (held != null && held >= MAX_PER_PERSON) throw new Refusal("token.error.tooMany", MAX_PER_PERSON);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        jdbc.update("insert into access_token (login, name, token_hash, hint, created_at) values (?, ?, ?, ?, ?)",
                me.login(), n, hash(value), value.substring(0, HINT), Timestamp.from(now));
        audit.record(me.login(), "token-created", n);
        return new Made(tokens("token_hash = ?", hash(value)).getFirst(), value);
    }

    /** The signed-in person's tokens, newest first. */
    @Transactional(readOnly = true)
    public List<Token> mine() {
        return tokens("login = ?", CurrentPerson.get().login());
    }

    private List<Token> tokens(String where, Object argument) {
        return jdbc.query("select id, name, hint, created_at, last_used_at from access_token where " + where + " order by id desc",
                (rs, n) -> new Token(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()), argument);
    }

    /** Revokes one of the signed-in person's tokens: calls with it are refused from now on. */
    @Transactional
    public void revoke(long tokenId) {
        Person me = CurrentPerson.get();
        List<String> name = jdbc.queryForList("select name from access_token where id = ? and login = ?", String.class, tokenId, me.login());
        if (name.isEmpty() || jdbc.update("delete from access_token where id = ? and login = ?", tokenId, me.login()) != 1) {
            throw new Refusal("token.error.unknown");
        }
        audit.record(me.login(), "token-revoked", name.getFirst());
    }

    /** The person a presented token acts for now: nothing for an unknown or revoked value or a disabled account. */
    Optional<Holder> holder(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) return Optional.empty();
        return jdbc.query("select t.id, a.login, a.name, a.role from access_token t join account a on a.login = t.login"
                        + " where t.token_hash = ? and a.enabled = true",
                (rs, n) -> new Holder(rs.getLong(1), new Person(rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)))),
                hash(presented)).stream().findFirst();
    }

    /**
     * Counts a call with the token: 0 when it may go on, else how many milliseconds until it may. The
     * bucket is kept as the time its next call is due at the steady rate (the generic cell rate
     * algorithm); a call is let through while that is at most a burst ahead of now, and moves it one
     * interval on, in the same statement that checks it.
     */
    long call(long tokenId) {
        long now = clock.millis();
        if (jdbc.update("update access_token set allowed_at_ms = greatest(allowed_at_ms, ?) + ?, last_used_at = ?"
                + " where id = ? and greatest(allowed_at_ms, ?) <= ?", now, interval, Timestamp.from(Instant.ofEpochMilli(now)),
                tokenId, now, now + tolerance) == 1) {
            return 0;
        }
        List<Long> due = jdbc.queryForList("select allowed_at_ms from access_token where id = ?", Long.class, tokenId);
        // revoked meanwhile: the next call is refused as unknown
        return due.isEmpty() ? 1 : Math.max(1, due.getFirst() - tolerance - now);
    }

    // an admin took rights or credentials away: the person makes new tokens once they are back
    @EventListener
    void accountChanged(AccountChanged change) {
        if (!change.keepCurrent()) jdbc.update("delete from access_token where login = ?", change.login());
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
