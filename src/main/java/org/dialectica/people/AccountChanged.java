package org.dialectica.people;

/**
 * An account lost rights or credentials its open sessions were signed in with: disabled, given
 * another role, a new password. Published inside the change's transaction; whoever keeps sessions
 * ends them once it commits.
 *
 * @param login the account
 * @param keepCurrent true when the person changed it themselves: the session they did it from stays
 */
public record AccountChanged(String login, boolean keepCurrent) {
    /**
     * Set on a session about to be ended, before its pages are sent to the sign-in page: the page
     * load that follows may still arrive with it, and must not get a sign-in form bound to it.
     */
    public static final String ENDING = "dialectica.session-ending";
}
