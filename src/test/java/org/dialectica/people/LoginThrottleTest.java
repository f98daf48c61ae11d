package org.dialectica.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Password guessing slowed down, on the real database and a clock the test moves. Every throttle
 * here is one more application instance on that database. Logins and addresses get a suffix of
 * their own, so a database kept between runs (PostgreSQL) or shared with other tests counts nothing
 * of theirs.
 */
@SpringBootTest
class LoginThrottleTest {
    private Instant now = Instant.parse("2026-11-29T10:00:00Z");
    private final Clock clock = new Clock() {
        public ZoneOffset getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId zone) { return this; }
        public Instant instant() { return now; }
    };
    private final String run = "-" + UUID.randomUUID().toString().substring(0, 8);
    private final String ayu = "ayu" + run;
    private final String budi = "budi" + run;

    @Autowired
    DataSource dataSource;

    private LoginThrottle instance() {
        return new LoginThrottle(dataSource, clock);
    }

    private String address(int n) {
        return "10.0.0." + n + run;
    }

    @Test
    void five_wrong_passwords_block_the_login_for_thirty_seconds_then_doubling() {
        LoginThrottle throttle = instance();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) throttle.failed(ayu, address(1));
        assertThat(throttle.blocked(ayu, address(1))).isFalse();
        throttle.failed(ayu, address(1));
        assertThat(throttle.blocked(ayu, address(9))).as("from any address").isTrue();
        assertThat(throttle.blocked(budi, address(9))).as("other logins are not blocked").isFalse();
        now = now.plus(Duration.ofSeconds(31));
        assertThat(throttle.blocked(ayu, address(1))).isFalse();
        throttle.failed(ayu, address(1)); // the sixth: a minute
        now = now.plus(Duration.ofSeconds(45));
        assertThat(throttle.blocked(ayu, address(1))).isTrue();
        now = now.plus(Duration.ofSeconds(20));
        assertThat(throttle.blocked(ayu, address(1))).isFalse();
    }

    @Test
    void the_pause_never_grows_past_fifteen_minutes_and_a_success_forgives() {
        LoginThrottle throttle = instance();
        for (int i = 0; i < 40; i++) throttle.failed(ayu, null);
        now = now.plus(LoginThrottle.LONGEST_PAUSE).minusSeconds(1);
        assertThat(throttle.blocked(ayu, null)).isTrue();
        now = now.plusSeconds(2);
        assertThat(throttle.blocked(ayu, null)).isFalse();
        throttle.succeeded(ayu);
        throttle.failed(ayu, null);
        assertThat(throttle.blocked(ayu, null)).isFalse();
        assertThat(failures("login", ayu)).isEqualTo(1);
    }

    @Test
    void failures_are_forgotten_after_an_hour_without_a_new_one() {
        LoginThrottle throttle = instance();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) throttle.failed(ayu, null);
        now = now.plus(LoginThrottle.MEMORY).plusSeconds(1);
        throttle.failed(ayu, null);
        assertThat(throttle.blocked(ayu, null)).as("the count started again").isFalse();
        assertThat(failures("login", ayu)).isEqualTo(1);
    }

    @Test
    void one_address_guessing_many_logins_is_blocked_too() {
        LoginThrottle throttle = instance();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) throttle.failed("user" + i + run, address(66));
        assertThat(throttle.blocked("someone-new" + run, address(66))).isTrue();
        assertThat(throttle.blocked("someone-new" + run, address(67))).isFalse();
    }

    @Test
    void two_instances_on_one_database_count_the_same_failures() {
        LoginThrottle a = instance();
        LoginThrottle b = instance();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) (i % 2 == 0 ? a : b).failed(ayu, address(1));
        assertThat(a.blocked(ayu, address(2))).isTrue();
        assertThat(b.blocked(ayu, address(2))).isTrue();
        b.succeeded(ayu);
        assertThat(a.blocked(ayu, address(2))).as("a success on one instance forgives on all").isFalse();
    }

    @Test
    void a_restart_forgives_nothing() {
        LoginThrottle before = instance();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) before.failed(ayu, address(1));
        LoginThrottle restarted = instance();
        assertThat(restarted.blocked(ayu, address(1))).isTrue();
        now = now.plusSeconds(31);
        restarted.failed(ayu, address(1));
        now = now.plusSeconds(45);
        assertThat(restarted.blocked(ayu, address(1))).as("the sixth failure, counted on the old ones: a minute").isTrue();
    }

    /** Failures at the same moment on two instances: every one is counted, none lost to a race. */
    @Test
    void failures_at_the_same_time_on_two_instances_all_count() throws Exception {
        LoginThrottle a = instance();
        LoginThrottle b = instance();
        int threads = 4;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                LoginThrottle throttle = t % 2 == 0 ? a : b;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) throttle.failed(budi, address(5));
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        assertThat(failures("login", budi)).isEqualTo(threads * each);
        assertThat(failures("address", address(5))).isEqualTo(threads * each);
    }

    /** Both instances count a name's first failure at once: one inserts its row, the other adds to it. */
    @Test
    void first_failures_at_the_same_time_on_two_instances_both_count() throws Exception {
        LoginThrottle a = instance();
        LoginThrottle b = instance();
        int names = 200;
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (LoginThrottle throttle : List.of(a, b)) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < names; i++) {
                        together.await();
                        throttle.failed("first-" + i + run, null);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < names; i++) assertThat(failures("login", "first-" + i + run)).as("first-%d", i).isEqualTo(2);
    }

    @Test
    void a_flood_of_made_up_logins_is_deleted_once_the_hour_has_passed() {
        LoginThrottle throttle = instance();
        int flood = 10_000;
        for (int i = 0; i < flood; i++) throttle.failed("made-up-" + i + run, null);
        assertThat(rowsOfThisRun()).isEqualTo(flood);
        assertThat(throttle.blocked("made-up-1" + run, null)).as("each was tried once").isFalse();
        now = now.plus(LoginThrottle.MEMORY).plusSeconds(1);
        throttle.failed(ayu, address(1));
        assertThat(rowsOfThisRun()).as("only the newest failure's login and address are left").isEqualTo(2);
    }

    /** A login longer than any account's is counted by its beginning: a row's name stays short. */
    @Test
    void a_very_long_made_up_login_is_counted_too() {
        LoginThrottle throttle = instance();
        String huge = ayu + "x".repeat(100_000);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) throttle.failed(huge, null);
        assertThat(throttle.blocked(huge, null)).isTrue();
    }

    private int failures(String kind, String name) {
        return new JdbcTemplate(dataSource).queryForObject("select failures from login_failures where kind = ? and name = ?",
                Integer.class, kind, name);
    }

    private int rowsOfThisRun() {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from login_failures where name like ?",
                Integer.class, "%" + run);
    }
}
