package org.dialectica.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Password guessing slowed down, on a clock the test moves. */
class LoginThrottleTest {
    private Instant now = Instant.parse("2026-11-29T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        public ZoneOffset getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId zone) { return this; }
        public Instant instant() { return now; }
    });

    @Test
    void five_wrong_passwords_block_the_login_for_thirty_seconds_then_doubling() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) throttle.failed("ayu", "10.0.0.1");
        assertThat(throttle.blocked("ayu", "10.0.0.1")).isFalse();
        throttle.failed("ayu", "10.0.0.1");
        assertThat(throttle.blocked("ayu", "10.0.0.9")).as("from any address").isTrue();
        assertThat(throttle.blocked("budi", "10.0.0.9")).as("other logins are not blocked").isFalse();
        now = now.plus(Duration.ofSeconds(31));
        assertThat(throttle.blocked("ayu", "10.0.0.1")).isFalse();
        throttle.failed("ayu", "10.0.0.1"); // the sixth: a minute
        now = now.plus(Duration.ofSeconds(45));
        assertThat(throttle.blocked("ayu", "10.0.0.1")).isTrue();
        now = now.plus(Duration.ofSeconds(20));
        assertThat(throttle.blocked("ayu", "10.0.0.1")).isFalse();
    }

    @Test
    void the_pause_never_grows_past_fifteen_minutes_and_a_success_forgives() {
        for (int i = 0; i < 40; i++) throttle.failed("ayu", null);
        now = now.plus(LoginThrottle.LONGEST_PAUSE).plusSeconds(1);
        assertThat(throttle.blocked("ayu", null)).isFalse();
        throttle.succeeded("ayu");
        throttle.failed("ayu", null);
        assertThat(throttle.blocked("ayu", null)).isFalse();
    }

    @Test
    void one_address_guessing_many_logins_is_blocked_too() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) throttle.failed("user" + i, "10.0.0.66");
        assertThat(throttle.blocked("someone-new", "10.0.0.66")).isTrue();
        assertThat(throttle.blocked("someone-new", "10.0.0.67")).isFalse();
    }
}
