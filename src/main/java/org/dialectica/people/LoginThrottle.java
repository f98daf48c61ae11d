package org.dialectica.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} wrong passwords for one login, or
 * {@value #FREE_FAILURES_PER_ADDRESS} from one address, further attempts are refused for a while
 * after the last failure, doubling from {@link #FIRST_PAUSE} to {@link #LONGEST_PAUSE}. A success
 * clears the login's count; failures are forgotten {@link #MEMORY} after the last one.
 * <p>
 * The counts are rows of {@code login_failures} (V14), so every instance on the database counts the
 * same guesses and a restart forgives nothing. A failure is one atomic {@code update ... failures + 1}
 * (an insert for a name's first failure), so failures at the same moment on two instances both
 * count. Forgotten rows are deleted by a sweep at most once a minute per instance: under a flood of
 * made-up logins the table holds only the last hour's. Each statement commits by itself, as the
 * sign-in runs outside any transaction.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    /** How long failures are remembered without a new one. */
    static final Duration MEMORY = Duration.ofHours(1);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final String LOGIN = "login";
    private static final String ADDRESS = "address";
    // logins have at most 100 characters; a longer made-up one is counted by its beginning
    private static final int LONGEST_NAME = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

    LoginThrottle(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** Whether an attempt for this login from this address must be refused without checking the password. */
    boolean blocked(String login, String address) {
        Instant now = clock.instant();
        return blocked(LOGIN, login, FREE_FAILURES, now) || (address != null && blocked(ADDRESS, address, FREE_FAILURES_PER_ADDRESS, now));
    }

    private boolean blocked(String kind, String name, int free, Instant now) {
        return jdbc.query("select failures, last_failure from login_failures where kind = ? and name = ?",
                (rs, n) -> {
                    int failures = rs.getInt(1);
                    Instant last = rs.getObject(2, OffsetDateTime.class).toInstant();
                    return failures >= free && now.isBefore(last.plus(pause(failures - free)));
                }, kind, key(name)).contains(true);
    }

    /** The pause after the last failure once {@code over} failures more than the free ones were counted. */
    private static Duration pause(int over) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(over, 10));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    void failed(String login, String address) {
        Instant now = clock.instant();
        count(LOGIN, login, now);
        if (address != null) count(ADDRESS, address, now);
        sweep(now);
    }

    void succeeded(String login) {
        jdbc.update("delete from login_failures where kind = ? and name = ?", LOGIN, key(login));
    }

    private void count(String kind, String name, Instant now) {
        OffsetDateTime at = utc(now);
        OffsetDateTime forgotten = utc(now.minus(MEMORY));
        // a row can vanish between the two statements only if a sweep took it: then count again
        for (int attempt = 0; attempt < 3; attempt++) {
            // one statement reads and writes the count, so a failure counted meanwhile elsewhere is added to
            if (jdbc.update("update login_failures set failures = case when last_failure < ? then 1 else failures + 1 end,"
                    + " last_failure = ? where kind = ? and name = ?", forgotten, at, kind, key(name)) == 1) return;
            try {
                jdbc.update("insert into login_failures (kind, name, failures, last_failure) values (?, ?, 1, ?)", kind, key(name), at);
                return;
            } catch (DuplicateKeyException raced) {
                // another instance counted this name's first failure at the same moment: add to its row
            }
        }
    }

    private void sweep(Instant now) {
        Instant due = nextSweep.get();
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) return;
        jdbc.update("delete from login_failures where last_failure < ?", utc(now.minus(MEMORY)));
    }

    private static String key(String name) {
        return name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
