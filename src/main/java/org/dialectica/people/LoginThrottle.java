package org.dialectica.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} wrong passwords for one login, or
 * {@value #FREE_FAILURES_PER_ADDRESS} from one address, further attempts are refused for a while,
 * doubling from {@link #FIRST_PAUSE} to {@link #LONGEST_PAUSE}. A success clears the login's count.
 * Counts are kept in memory: a restart forgives, which is acceptable for a classroom server.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    // how long failures are remembered without a new one
    private static final Duration MEMORY = Duration.ofHours(1);

    private final Clock clock;
    private final Map<String, Failures> byLogin = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private static final class Failures {
        int count;
        Instant last;
        Instant blockedUntil = Instant.MIN;
    }

    /** Whether an attempt for this login from this address must be refused without checking the password. */
    boolean blocked(String login, String address) {
        Instant now = clock.instant();
        return blocked(byLogin.get(login), now) || (address != null && blocked(byAddress.get(address), now));
    }

    private static boolean blocked(Failures f, Instant now) {
        if (f == null) return false;
        synchronized (f) {
            return now.isBefore(f.blockedUntil);
        }
    }

    void failed(String login, String address) {
        Instant now = clock.instant();
        count(byLogin, login, FREE_FAILURES, now);
        if (address != null) count(byAddress, address, FREE_FAILURES_PER_ADDRESS, now);
        if (byLogin.size() + byAddress.size() > 100_000) forgetOld(now);
    }

    void succeeded(String login) {
        byLogin.remove(login);
    }

    private static void count(Map<String, Failures> map, String key, int free, Instant now) {
        Failures f = map.computeIfAbsent(key, k -> new Failures());
        synchronized (f) {
            if (f.last != null && Duration.between(f.last, now).compareTo(MEMORY) > 0) f.count = 0;
            f.count++;
            f.last = now;
            if (f.count >= free) {
                int doublings = Math.min(f.count - free, 10);
                Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
                f.blockedUntil = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
            }
        }
    }

    // bounded memory under a flood of made-up logins
    private void forgetOld(Instant now) {
        byLogin.values().removeIf(f -> f.last != null && Duration.between(f.last, now).compareTo(MEMORY) > 0);
        byAddress.values().removeIf(f -> f.last != null && Duration.between(f.last, now).compareTo(MEMORY) > 0);
    }
}
