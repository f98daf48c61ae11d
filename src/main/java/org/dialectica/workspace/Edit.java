package org.dialectica.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import org.dialectica.map.TypedText;
import org.dialectica.workspace.ConcurrentEditException.Kind;
import org.dialectica.workspace.ConcurrentEditException.Relation;

/**
 * A user's changes checked one after another on a copy of the map, each with what it touches as
 * the map had it then (the support a removal takes, what goes with a deleted claim) and the
 * changes that undo it. Checking here is the one validation: the database and the live session
 * then take exactly what was checked. A relation drawn twice (by someone else meanwhile, or there
 * already) and one removed that is gone are refused here, so no path records them as an edit.
 */
final class Edit {
    static final int MAX_MAP_TITLE = FieldLimits.MAP_TITLE;
    static final int MAX_MAP_DESCRIPTION = FieldLimits.MAP_DESCRIPTION;

    /** One change, what it acts on, and its undo given the version a claim change leaves. */
    private record Step(Change change, Object target, LongFunction<List<Change>> undo) {}

    private final List<Step> steps = new ArrayList<>();

    private Edit() {}

    static Edit check(ArgumentMap draft, List<Change> changes) {
        return check(draft, changes, false);
    }

    /**
     * Applies recorded changes to a map rebuilding its past (the history's undo, newest first): as
     * {@link #check}, but a relation the map already has is left as it is, as when it was recorded
     * (a claim put back brings its arguments' supports with it, also one removed before).
     */
    static Edit replay(ArgumentMap map, List<Change> changes) {
        return check(map, changes, true);
    }

    private static Edit check(ArgumentMap draft, List<Change> changes, boolean replay) {
        Edit edit = new Edit();
        for (Change change : changes) {
            try {
                edit.steps.add(step(draft, change));
            } catch (ConcurrentEditException e) {
                if (!replay || e.kind() != Kind.RELATION_EXISTS) throw e;
            }
        }
        return edit;
    }

    private static Step step(ArgumentMap map, Change change) {
        typed(change);
        return switch (change) {
            case Change.PutClaim c when c.expectedVersion() == null -> {
                if (map.hasClaim(c.claim().id())) throw new IllegalArgumentException("the map already has a claim '" + c.claim().id() + "'");
                map.putClaim(c.claim());
                yield new Step(c, null, v -> List.of(new Change.RemoveClaim(c.claim().id(), v)));
            }
            case Change.PutClaim c -> {
                Claim before = map.claim(c.claim().id())
                        .orElseThrow(() -> ConcurrentEditException.deleted(c.claim().id(), c.claim().displayTitle()));
                map.putClaim(c.claim());
                yield new Step(c, null, v -> List.of(new Change.PutClaim(before, v)));
            }
            case Change.RemoveClaim c -> {
                ArgumentMap.Removal removal = map.removalOf(c.claimId())
                        .orElseThrow(() -> ConcurrentEditException.deleted(c.claimId(), null));
                map.removeClaim(c.claimId());
                yield new Step(c, removal, v -> List.of(new Change.RestoreClaim(removal)));
            }
            case Change.RestoreClaim c -> {
                ArgumentMap.Removal r = c.removal();
                r.supports().forEach(s -> present(map, r, s.from(), s.to()));
                r.attacks().forEach(a -> present(map, r, a.onSupport() ? a.from() : a.target(), a.from()));
                r.oppositions().forEach(o -> present(map, r, o.a(), o.b()));
                r.arguments().forEach(a -> a.premises().forEach(p -> present(map, r, p)));
                map.restore(r);
                yield new Step(c, null, v -> List.of(new Change.RemoveClaim(r.claim().id(), 0)));
            }
            case Change.AddSupport c -> {
                Support support = c.support();
                present(map, null, support.from(), support.to());
                if (map.support(support.id()).isPresent()) {
                    throw ConcurrentEditException.exists(Relation.SUPPORT, ConcurrentEditException.endsOf(support), titles(map, ConcurrentEditException.endsOf(support)));
                }
                map.addSupport(support);
                yield new Step(c, null, v -> List.of(new Change.RemoveSupport(support.id())));
            }
            case Change.RemoveSupport c -> {
                Support support = map.support(c.supportId()).orElseThrow(() -> {
                    List<String> ends = List.of(ConcurrentEditException.supportEnds(c.supportId()));
                    return ConcurrentEditException.gone(Kind.RELATION_GONE, Relation.SUPPORT, ends, titles(map, ends));
                });
                List<Change> undo = new ArrayList<>(List.of(new Change.AddSupport(support)));
                map.attacks().stream().filter(a -> a.onSupport() && a.target().equals(support.id()))
                        .forEach(a -> undo.add(new Change.AddAttack(a)));
                map.removeSupport(c.supportId());
                yield new Step(c, support, v -> undo);
            }
            case Change.AddAttack c -> {
                Attack attack = c.attack();
                List<String> ends = ConcurrentEditException.endsOf(attack);
                // a deleted claim is named first: it is why a support between claims would be gone too
                present(map, null, ends.toArray(String[]::new));
                if (attack.onSupport() && map.support(attack.target()).isEmpty()) {
                    throw ConcurrentEditException.gone(Kind.INFERENCE_GONE, Relation.UNDERCUT, ends, titles(map, ends));
                }
                if (map.attack(attack.id()).isPresent()) {
                    throw ConcurrentEditException.exists(ConcurrentEditException.relationOf(attack), ends, titles(map, ends));
                }
                map.addAttack(attack);
                yield new Step(c, null, v -> List.of(new Change.RemoveAttack(attack.id())));
            }
            case Change.RemoveAttack c -> {
                Attack attack = map.attack(c.attackId()).orElseThrow(() -> {
                    Attack was = attackOf(c.attackId());
                    List<String> ends = ConcurrentEditException.endsOf(was);
                    return ConcurrentEditException.gone(Kind.RELATION_GONE, ConcurrentEditException.relationOf(was), ends, titles(map, ends));
                });
                map.removeAttack(c.attackId());
                yield new Step(c, attack, v -> List.of(new Change.AddAttack(attack)));
            }
            case Change.AddOpposition c -> {
                Opposition o = c.opposition();
                present(map, null, o.a(), o.b());
                // an opposition holds both ways: the same type between the same two claims is the same relation
                if (map.oppositions().contains(o) || map.oppositions().contains(new Opposition(o.b(), o.a(), o.type()))) {
                    List<String> ends = ConcurrentEditException.endsOf(o);
                    throw ConcurrentEditException.exists(ConcurrentEditException.relationOf(o), ends, titles(map, ends));
                }
                map.addOpposition(o);
                yield new Step(c, null, v -> List.of(new Change.RemoveOpposition(o)));
            }
            case Change.RemoveOpposition c -> {
                Opposition o = c.opposition();
                if (!map.removeOpposition(o)) {
                    List<String> ends = ConcurrentEditException.endsOf(o);
                    throw ConcurrentEditException.gone(Kind.RELATION_GONE, ConcurrentEditException.relationOf(o), ends, titles(map, ends));
                }
                yield new Step(c, null, v -> List.of(new Change.AddOpposition(o)));
            }
            case Change.DescribeMap c -> {
                if (c.title() == null || c.title().isBlank()) throw new IllegalArgumentException("a map needs a title");
                if (c.title().strip().length() > MAX_MAP_TITLE) {
                    throw new IllegalArgumentException("the map title has " + c.title().strip().length() + " characters; at most " + MAX_MAP_TITLE + " are kept");
                }
                if (c.description() != null && c.description().strip().length() > MAX_MAP_DESCRIPTION) {
                    throw new IllegalArgumentException("the map description has " + c.description().strip().length()
                            + " characters; at most " + MAX_MAP_DESCRIPTION + " are kept");
                }
                Change.DescribeMap before = new Change.DescribeMap(map.title(), map.description());
                map.setTitle(c.title());
                map.setDescription(c.description());
                yield new Step(c, null, v -> List.of(before));
            }
        };
    }

    /**
     * Refuses text a person typed with an invisible control character in it (TypedText): once
     * here, for every claim and map description an edit brings. Restores and relations bring
     * nothing typed.
     */
    private static void typed(Change change) {
        if (change instanceof Change.PutClaim c) {
            Claim claim = c.claim();
            TypedText.check("title", claim.title());
            TypedText.check("text", claim.text());
            TypedText.check("original", claim.originalText());
            TypedText.check("side", claim.assertedBy());
            if (claim.source() != null) {
                TypedText.check("paper", claim.source().paper());
                TypedText.check("locator", claim.source().locator());
                TypedText.check("quote", claim.source().quote());
            }
            claim.tags().forEach(t -> TypedText.check("tag", t));
            claim.actors().forEach(a -> TypedText.check("actor", a));
        } else if (change instanceof Change.DescribeMap c) {
            TypedText.check("title", c.title());
            TypedText.check("description", c.description());
        }
    }

    /** The titles of these claims as the map has them, null for one it does not have. */
    private static List<String> titles(ArgumentMap map, List<String> claimIds) {
        List<String> titles = new ArrayList<>();
        claimIds.forEach(id -> titles.add(map.claim(id).map(Claim::displayTitle).orElse(null)));
        return titles;
    }

    /** An attack read back from its id ({@link Attack#id}): the target is a support's id for an undercut. */
    private static Attack attackOf(String attackId) {
        String arrow = Attack.onClaim("", "").id();
        int at = attackId.indexOf(arrow);
        if (at < 0) return Attack.onClaim(attackId, attackId);
        String from = attackId.substring(0, at);
        String target = attackId.substring(at + arrow.length());
        return new Attack(from, target, target.contains(Support.id("", "")));
    }

    /** A claim a relation names must still be there: someone else may have just deleted it. */
    private static void present(ArgumentMap map, ArgumentMap.Removal restoring, String... claimIds) {
        for (String id : claimIds) {
            boolean restored = restoring != null && restoring.claim().id().equals(id);
            if (!restored && !map.hasClaim(id)) throw ConcurrentEditException.deleted(id, null);
        }
    }

    /** Saves the checked changes (in the caller's transaction); answers each claim change's new version. */
    List<Long> save(MapStore store, String mapId) {
        List<Long> versions = new ArrayList<>();
        for (Step step : steps) {
            switch (step.change()) {
                case Change.PutClaim c -> versions.add(store.putClaim(mapId, c.claim(), c.expectedVersion()));
                case Change.RemoveClaim c -> store.removeClaim(mapId, (ArgumentMap.Removal) step.target(), c.expectedVersion());
                case Change.RestoreClaim c -> store.restoreClaim(mapId, c.removal());
                case Change.AddSupport c -> store.addSupport(mapId, c.support());
                case Change.RemoveSupport c -> store.removeSupport(mapId, (Support) step.target());
                case Change.AddAttack c -> store.addAttack(mapId, c.attack());
                case Change.RemoveAttack c -> store.removeAttack(mapId, (Attack) step.target());
                case Change.AddOpposition c -> store.addOpposition(mapId, c.opposition());
                case Change.RemoveOpposition c -> store.removeOpposition(mapId, c.opposition());
                case Change.DescribeMap c -> store.describe(mapId, c.title(), c.description());
            }
        }
        return versions;
    }

    /** The changes that undo this edit, last change first. */
    List<Change> undo(List<Long> versions) {
        List<Change> undo = new ArrayList<>();
        int claimChanges = 0;
        for (Step step : steps) {
            long version = step.change() instanceof Change.PutClaim ? versions.get(claimChanges++) : 0;
            undo.addAll(0, step.undo().apply(version));
        }
        return List.copyOf(undo);
    }
}
