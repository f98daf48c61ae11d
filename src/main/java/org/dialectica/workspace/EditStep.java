package org.dialectica.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;

/**
 * One thing an edit did, as the history keeps it: what happened and the names it concerns (claim
 * titles as they were then, a map title, a file name), so that it is worded in the reader's
 * language when shown, not in the author's when saved.
 *
 * @param names claim titles in the order the wording takes them; for {@link Kind#CLAIM_REVERTED}
 *     the second is the time of the version put back (ISO-8601)
 */
public record EditStep(Kind kind, List<String> names) {
    /** Names are kept to this length: enough to recognise a claim, and the history stays small. */
    static final int MAX_NAME = 300;
    /** What stands between the two claims in a support's id. */
    private static final String SUPPORT_ARROW = Support.id("", "");

    public EditStep {
        names = names.stream().map(n -> n == null ? "" : n.length() <= MAX_NAME ? n : n.substring(0, MAX_NAME - 1) + "…").toList();
    }

    EditStep(Kind kind, String... names) {
        this(kind, List.of(names));
    }

    public enum Kind {
        MAP_CREATED, MAP_IMPORTED, MAP_COPIED, MAP_DESCRIBED,
        CLAIM_ADDED, CLAIM_CHANGED, CLAIM_DELETED, CLAIM_RESTORED, CLAIM_REVERTED,
        SUPPORT_ADDED, SUPPORT_REMOVED, ATTACK_ADDED, ATTACK_REMOVED, UNDERCUT_ADDED, UNDERCUT_REMOVED,
        CONTRARY_ADDED, CONTRARY_REMOVED, CONTRADICTORY_ADDED, CONTRADICTORY_REMOVED;

        /** The part of the message key that words it: {@code claim.added}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    /** What an edit did and the claims it touched (each claim, and both ends of each relation). */
    record Described(List<EditStep> steps, Set<String> claims) {}

    /**
     * Describes changes before they are applied, naming claims as the map has them (or as the edit
     * itself names a claim it adds).
     */
    static Described describe(ArgumentMap before, List<Change> changes) {
        Map<String, String> titles = new HashMap<>();
        Function<String, String> title = id -> titles.computeIfAbsent(id,
                k -> before.claim(k).map(Claim::displayTitle).orElse(k));
        List<EditStep> steps = new ArrayList<>();
        Set<String> claims = new LinkedHashSet<>();
        for (Change change : changes) {
            switch (change) {
                case Change.PutClaim c -> {
                    String id = c.claim().id();
                    claims.add(id);
                    titles.put(id, c.claim().displayTitle());
                    steps.add(new EditStep(c.expectedVersion() == null ? Kind.CLAIM_ADDED : Kind.CLAIM_CHANGED, title.apply(id)));
                }
                case Change.RemoveClaim c -> {
                    claims.add(c.claimId());
                    steps.add(new EditStep(Kind.CLAIM_DELETED, title.apply(c.claimId())));
                }
                case Change.RestoreClaim c -> {
                    String id = c.removal().claim().id();
                    claims.add(id);
                    titles.put(id, c.removal().claim().displayTitle());
                    steps.add(new EditStep(Kind.CLAIM_RESTORED, title.apply(id)));
                }
                case Change.AddSupport c -> steps.add(relation(Kind.SUPPORT_ADDED, c.support(), claims, title));
                case Change.RemoveSupport c -> {
                    String[] ends = ends(c.supportId());
                    claims.add(ends[0]);
                    claims.add(ends[1]);
                    steps.add(new EditStep(Kind.SUPPORT_REMOVED, title.apply(ends[0]), title.apply(ends[1])));
                }
                case Change.AddAttack c -> steps.add(attack(true, c.attack(), claims, title));
                // an attack the map does not have is refused by the check; nothing to describe
                case Change.RemoveAttack c -> before.attack(c.attackId()).ifPresent(a -> steps.add(attack(false, a, claims, title)));
                case Change.AddOpposition c -> steps.add(opposition(true, c.opposition(), claims, title));
                case Change.RemoveOpposition c -> steps.add(opposition(false, c.opposition(), claims, title));
                case Change.DescribeMap c -> steps.add(new EditStep(Kind.MAP_DESCRIBED, c.title() == null ? "" : c.title().strip()));
            }
        }
        return new Described(List.copyOf(steps), claims);
    }

    private static EditStep relation(Kind kind, Support s, Set<String> claims,
            Function<String, String> title) {
        claims.add(s.from());
        claims.add(s.to());
        return new EditStep(kind, title.apply(s.from()), title.apply(s.to()));
    }

    private static EditStep attack(boolean added, Attack a, Set<String> claims,
            Function<String, String> title) {
        claims.add(a.from());
        if (!a.onSupport()) {
            claims.add(a.target());
            return new EditStep(added ? Kind.ATTACK_ADDED : Kind.ATTACK_REMOVED, title.apply(a.from()), title.apply(a.target()));
        }
        String[] ends = ends(a.target());
        claims.add(ends[0]);
        claims.add(ends[1]);
        return new EditStep(added ? Kind.UNDERCUT_ADDED : Kind.UNDERCUT_REMOVED, title.apply(a.from()),
                title.apply(ends[0]), title.apply(ends[1]));
    }

    private static EditStep opposition(boolean added, Opposition o, Set<String> claims,
            Function<String, String> title) {
        claims.add(o.a());
        claims.add(o.b());
        Kind kind = o.type() == Opposition.Type.CONTRARY
                ? added ? Kind.CONTRARY_ADDED : Kind.CONTRARY_REMOVED
                : added ? Kind.CONTRADICTORY_ADDED : Kind.CONTRADICTORY_REMOVED;
        return new EditStep(kind, title.apply(o.a()), title.apply(o.b()));
    }

    /** The two claims of a support, read from its id ({@link Support#id}), also of one added in the same edit. */
    private static String[] ends(String supportId) {
        int at = supportId.indexOf(SUPPORT_ARROW);
        return at < 0 ? new String[] {supportId, supportId}
                : new String[] {supportId.substring(0, at), supportId.substring(at + SUPPORT_ARROW.length())};
    }
}
