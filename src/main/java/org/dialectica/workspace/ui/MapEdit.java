package org.dialectica.workspace.ui;

import java.util.List;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;
import org.dialectica.workspace.Workspace;

/**
 * One edit a user made, able to be undone and redone. Each edit knows its inverse, so undo is just
 * applying the inverse through the same checked path as any edit. Edits of a claim carry the
 * version they expect (a stored claim's version goes up by one with each change), so undoing a
 * change that someone else has since built on is refused, not overwritten.
 */
sealed interface MapEdit {
    void apply(Workspace workspace, String mapId);

    MapEdit inverse();

    /** What the undo and redo buttons say. */
    String describe();

    record ClaimAdded(Claim claim) implements MapEdit {
        public void apply(Workspace w, String mapId) {
            w.putClaim(mapId, claim, null);
        }

        public MapEdit inverse() {
            return new ClaimRemoved(claim, List.of(), List.of(), 0);
        }

        public String describe() {
            return "add «" + claim.displayTitle() + "»";
        }
    }

    /** @param expectedVersion the version the editor saw when opening the claim */
    record ClaimChanged(Claim before, Claim after, long expectedVersion) implements MapEdit {
        public void apply(Workspace w, String mapId) {
            w.putClaim(mapId, after, expectedVersion);
        }

        public MapEdit inverse() {
            return new ClaimChanged(after, before, expectedVersion + 1);
        }

        public String describe() {
            return "edit «" + after.displayTitle() + "»";
        }
    }

    /** Removing a claim removes its relations; undoing it puts them back. */
    record ClaimRemoved(Claim claim, List<Support> supports, List<Attack> attacks, long expectedVersion) implements MapEdit {
        public void apply(Workspace w, String mapId) {
            w.removeClaim(mapId, claim.id(), expectedVersion);
        }

        public MapEdit inverse() {
            return new ClaimRestored(claim, supports, attacks);
        }

        public String describe() {
            return "delete «" + claim.displayTitle() + "»";
        }
    }

    record ClaimRestored(Claim claim, List<Support> supports, List<Attack> attacks) implements MapEdit {
        public void apply(Workspace w, String mapId) {
            w.putClaim(mapId, claim, null);
            supports.forEach(s -> w.addSupport(mapId, s));
            attacks.forEach(a -> w.addAttack(mapId, a));
        }

        public MapEdit inverse() {
            return new ClaimRemoved(claim, supports, attacks, 0); // a claim stored anew starts at version 0
        }

        public String describe() {
            return "restore «" + claim.displayTitle() + "»";
        }
    }

    record SupportAdded(Support support) implements MapEdit {
        public void apply(Workspace w, String mapId) {
            w.addSupport(mapId, support);
        }

        public MapEdit inverse() {
            return new SupportRemoved(support, List.of());
        }

        public String describe() {
            return "support " + support.id();
        }
    }

    record SupportRemoved(Support support, List<Attack> undercuts) implements MapEdit {
        public void apply(Workspace w, String mapId) {
            w.removeSupport(mapId, support.id());
        }

        public MapEdit inverse() {
            return new SupportRestored(support, undercuts);
        }

        public String describe() {
            return "remove support " + support.id();
        }
    }

    record SupportRestored(Support support, List<Attack> undercuts) implements MapEdit {
        public void apply(Workspace w, String mapId) {
            w.addSupport(mapId, support);
            undercuts.forEach(a -> w.addAttack(mapId, a));
        }

        public MapEdit inverse() {
            return new SupportRemoved(support, undercuts);
        }

        public String describe() {
            return "restore support " + support.id();
        }
    }

    record AttackAdded(Attack attack) implements MapEdit {
        public void apply(Workspace w, String mapId) {
            w.addAttack(mapId, attack);
        }

        public MapEdit inverse() {
            return new AttackRemoved(attack);
        }

        public String describe() {
            return "attack " + attack.id();
        }
    }

    record AttackRemoved(Attack attack) implements MapEdit {
        public void apply(Workspace w, String mapId) {
            w.removeAttack(mapId, attack.id());
        }

        public MapEdit inverse() {
            return new AttackAdded(attack);
        }

        public String describe() {
            return "remove attack " + attack.id();
        }
    }
}
