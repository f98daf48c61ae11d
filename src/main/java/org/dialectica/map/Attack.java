package org.dialectica.map;

import java.util.Objects;

/**
 * A claim attacks either another claim or a support (an undercut, which attacks the inference
 * rather than its premise or conclusion). Which of rebut, undermine or undercut it is, is not
 * drawn but derived by the rules from where it lands. A claim may attack itself, as arguments in
 * abstract frameworks do (such a claim is never IN).
 *
 * @param target a claim id, or a {@link Support#id()} when {@code onSupport} is true
 */
public record Attack(String from, String target, boolean onSupport) {
    public Attack {
        Objects.requireNonNull(from, "attack source");
        Objects.requireNonNull(target, "attack target");
    }

    public static Attack onClaim(String from, String to) {
        return new Attack(from, to, false);
    }

    public static Attack onSupport(String from, Support support) {
        return new Attack(from, support.id(), true);
    }

    public String id() {
        return from + " -> " + target;
    }
}
