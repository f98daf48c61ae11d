package org.dialectica.debate;

import java.time.Instant;

/**
 * Whose turn it is: {@code side} null in a free debate or when the turns are over; {@code speaker}
 * the British Parliamentary role ("PM", "LO" …); {@code round} from 1; {@code startedAt} when the
 * turn began (null before the first move), for the timer.
 */
public record Turn(String side, String speaker, int round, boolean over, Instant startedAt) {}
