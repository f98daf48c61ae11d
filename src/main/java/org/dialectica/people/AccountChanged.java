package org.dialectica.people;

/**
 * An account lost rights or credentials its open sessions were signed in with: disabled, given
 * another role, a new password. Published inside the change's transaction; whoever keeps sessions
 * ends them once it commits.
 *
 * @param login the account
 * @param keepCurrent true when the person changed it themselves: the session they did it from stays
 */
public record AccountChanged(String login, boolean keepCurrent) {}
