package org.dialectica.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One argument map: its claims, arguments, supports, attacks and declared oppositions. Relations
 * may only name claims (and supports) the map holds; anything else is refused with a message that
 * names the unknown id, so a map is never half-connected.
 */
public final class ArgumentMap {
    private final String id;
    private String title;
    private String description;
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final Map<String, Argument> arguments = new LinkedHashMap<>();
    private final Map<String, Support> supports = new LinkedHashMap<>();
    private final Map<String, Attack> attacks = new LinkedHashMap<>();
    private final Set<Opposition> oppositions = new LinkedHashSet<>();
    private boolean abstractFramework;

    public ArgumentMap(String id, String title) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("map id is blank");
        this.id = id;
        this.title = title == null || title.isBlank() ? id : title.strip();
    }

    public String id() { return id; }
    public String title() { return title; }
    public String description() { return description; }
    public void setTitle(String title) { this.title = title == null || title.isBlank() ? id : title.strip(); }
    public void setDescription(String description) { this.description = Text.blankToNull(description); }

    /**
     * True for an abstract framework (read from .apx, .tgf, .af): every argument is prima facie,
     * as in Dung's frameworks, instead of only sourced evidence.
     */
    public boolean isAbstractFramework() { return abstractFramework; }
    public void setAbstractFramework(boolean abstractFramework) { this.abstractFramework = abstractFramework; }

    public Collection<Claim> claims() { return Collections.unmodifiableCollection(claims.values()); }
    public Collection<Argument> arguments() { return Collections.unmodifiableCollection(arguments.values()); }
    public Collection<Support> supports() { return Collections.unmodifiableCollection(supports.values()); }
    public Collection<Attack> attacks() { return Collections.unmodifiableCollection(attacks.values()); }
    public Collection<Opposition> oppositions() { return Collections.unmodifiableSet(oppositions); }

    public Optional<Claim> claim(String claimId) { return Optional.ofNullable(claims.get(claimId)); }
    public Optional<Support> support(String supportId) { return Optional.ofNullable(supports.get(supportId)); }
    public Optional<Argument> argument(String argumentId) { return Optional.ofNullable(arguments.get(argumentId)); }
    public boolean hasClaim(String claimId) { return claims.containsKey(claimId); }

    /** Adds a claim, or replaces the claim with the same id (an edit). */
    public Claim putClaim(Claim claim) {
        return claims.put(claim.id(), claim);
    }

    /**
     * Everything that goes when a claim is deleted, and comes back when the deletion is undone:
     * the claim, the arguments it is a premise or conclusion of, the supports and oppositions
     * touching it, the attacks from or on it and the undercuts of the supports that go. The one
     * answer to "what goes with a claim", for the map, the live session and the database alike.
     */
    public record Removal(Claim claim, List<Argument> arguments, List<Support> supports, List<Attack> attacks,
            List<Opposition> oppositions) {
        public Removal {
            arguments = List.copyOf(arguments);
            supports = List.copyOf(supports);
            attacks = List.copyOf(attacks);
            oppositions = List.copyOf(oppositions);
        }

        /** The supports that stay but lose their argument (it went): they become drawn supports. */
        public Set<String> argumentIds() {
            Set<String> ids = new LinkedHashSet<>();
            arguments.forEach(a -> ids.add(a.id()));
            return ids;
        }
    }

    /** What deleting the claim would take with it; empty if the map has no such claim. */
    public Optional<Removal> removalOf(String claimId) {
        Claim claim = claims.get(claimId);
        if (claim == null) return Optional.empty();
        List<Support> supportsGone = supports.values().stream()
                .filter(s -> s.from().equals(claimId) || s.to().equals(claimId)).toList();
        Set<String> supportIds = new HashSet<>();
        supportsGone.forEach(s -> supportIds.add(s.id()));
        List<Attack> attacksGone = attacks.values().stream().filter(a -> a.from().equals(claimId)
                || (a.onSupport() ? supportIds.contains(a.target()) : a.target().equals(claimId))).toList();
        List<Opposition> oppositionsGone = oppositions.stream()
                .filter(o -> o.a().equals(claimId) || o.b().equals(claimId)).toList();
        List<Argument> argumentsGone = arguments.values().stream()
                .filter(a -> claimId.equals(a.conclusion()) || a.premises().contains(claimId)).toList();
        return Optional.of(new Removal(claim, argumentsGone, supportsGone, attacksGone, oppositionsGone));
    }

    /** Removes a claim and every relation that touches it; returns false if there was none. */
    public boolean removeClaim(String claimId) {
        Optional<Removal> removal = removalOf(claimId);
        removal.ifPresent(this::remove);
        return removal.isPresent();
    }

    /** Removes what {@link #removalOf} just said deleting its claim takes (nothing changed since), without working it out again. */
    public void remove(Removal removal) {
        claims.remove(removal.claim().id());
        removal.supports().forEach(s -> supports.remove(s.id()));
        removal.attacks().forEach(a -> attacks.remove(a.id()));
        removal.oppositions().forEach(oppositions::remove);
        Set<String> argumentsGone = removal.argumentIds();
        if (argumentsGone.isEmpty()) return;
        arguments.keySet().removeAll(argumentsGone);
        // the other premises still support the conclusion, now as drawn supports: a support never
        // names an argument the map does not hold
        supports.replaceAll((id, s) -> argumentsGone.contains(s.argumentId()) ? new Support(s.from(), s.to()) : s);
    }

    /**
     * Puts back what {@link #removalOf} described, as it was: the claim, its arguments (the other
     * premises' supports belong to them again), supports, attacks and oppositions. Checked first,
     * so a restore that cannot be whole (the claim's id was taken again, a related claim is gone)
     * changes nothing.
     */
    public void restore(Removal removal) {
        String claimId = removal.claim().id();
        if (claims.containsKey(claimId)) throw new IllegalArgumentException("map already has a claim '" + claimId + "'");
        Set<String> present = new HashSet<>(claims.keySet());
        present.add(claimId);
        for (Support s : removal.supports()) requireAmong(present, "support", s.from(), s.to());
        for (Opposition o : removal.oppositions()) requireAmong(present, "opposition", o.a(), o.b());
        for (Argument a : removal.arguments()) {
            requireAmong(present, "argument '" + a.id() + "'", a.premises().toArray(String[]::new));
            if (a.conclusion() != null) requireAmong(present, "argument '" + a.id() + "'", a.conclusion());
        }
        Set<String> supportIds = new HashSet<>(supports.keySet());
        removal.supports().forEach(s -> supportIds.add(s.id()));
        for (Attack a : removal.attacks()) {
            requireAmong(present, "attack", a.from());
            if (a.onSupport() ? !supportIds.contains(a.target()) : !present.contains(a.target())) {
                throw new IllegalArgumentException("attack names unknown " + (a.onSupport() ? "support" : "claim") + " '" + a.target() + "'");
            }
        }
        claims.put(claimId, removal.claim());
        for (Argument a : removal.arguments()) {
            arguments.put(a.id(), a);
            for (String premise : a.premises()) {
                if (a.conclusion() != null && !premise.equals(a.conclusion())) {
                    supports.put(Support.id(premise, a.conclusion()), new Support(premise, a.conclusion(), a.id()));
                }
            }
        }
        removal.supports().forEach(s -> supports.put(s.id(), s));
        removal.attacks().forEach(a -> attacks.put(a.id(), a));
        oppositions.addAll(removal.oppositions());
    }

    private static void requireAmong(Set<String> present, String what, String... claimIds) {
        for (String claimId : claimIds) {
            if (!present.contains(claimId)) throw new IllegalArgumentException(what + " names unknown claim '" + claimId + "'");
        }
    }

    public Support addSupport(Support support) {
        checkSupport(support);
        supports.putIfAbsent(support.id(), support);
        return supports.get(support.id());
    }

    /** Removes a support and the undercuts aimed at it. */
    public boolean removeSupport(String supportId) {
        if (supports.remove(supportId) == null) return false;
        attacks.values().removeIf(a -> a.onSupport() && a.target().equals(supportId));
        return true;
    }

    public Attack addAttack(Attack attack) {
        checkAttack(attack);
        attacks.putIfAbsent(attack.id(), attack);
        return attacks.get(attack.id());
    }

    public boolean removeAttack(String attackId) {
        return attacks.remove(attackId) != null;
    }

    /** Adds an argument and the support from each of its premises to its conclusion. */
    public Argument addArgument(Argument argument) {
        if (arguments.containsKey(argument.id())) {
            throw new IllegalArgumentException("argument '" + argument.id() + "' is defined twice");
        }
        argument.premises().forEach(p -> requireClaim(p, "argument '" + argument.id() + "'"));
        if (argument.conclusion() != null) requireClaim(argument.conclusion(), "argument '" + argument.id() + "'");
        arguments.put(argument.id(), argument);
        if (argument.isReconstructed()) {
            for (String premise : argument.premises()) {
                if (!premise.equals(argument.conclusion())) {
                    supports.putIfAbsent(Support.id(premise, argument.conclusion()),
                            new Support(premise, argument.conclusion(), argument.id()));
                }
            }
        }
        return argument;
    }

    public void addOpposition(Opposition opposition) {
        checkOpposition(opposition);
        oppositions.add(opposition);
    }

    public boolean removeOpposition(Opposition opposition) {
        return oppositions.remove(opposition);
    }

    /** Refuses, naming the unknown id, a support this map could not hold; changes nothing. */
    public void checkSupport(Support support) {
        requireClaim(support.from(), "support");
        requireClaim(support.to(), "support");
        if (support.argumentId() != null && !arguments.containsKey(support.argumentId())) {
            throw new IllegalArgumentException("support names unknown argument '" + support.argumentId() + "'");
        }
    }

    /** Refuses, naming the unknown id, an attack this map could not hold; changes nothing. */
    public void checkAttack(Attack attack) {
        requireClaim(attack.from(), "attack");
        if (!attack.onSupport()) {
            requireClaim(attack.target(), "attack");
        } else if (!supports.containsKey(attack.target())) {
            throw new IllegalArgumentException("attack names unknown support '" + attack.target() + "'");
        }
    }

    /** Refuses, naming the unknown id, an opposition this map could not hold; changes nothing. */
    public void checkOpposition(Opposition opposition) {
        requireClaim(opposition.a(), "opposition");
        requireClaim(opposition.b(), "opposition");
    }

    public Optional<Attack> attack(String attackId) {
        return Optional.ofNullable(attacks.get(attackId));
    }

    private void requireClaim(String claimId, String what) {
        if (!claims.containsKey(claimId)) {
            throw new IllegalArgumentException(what + " names unknown claim '" + claimId + "'");
        }
    }

    /**
     * Adds everything of another map to this one. A claim both maps hold (same id) is one claim:
     * the first definition is kept, and a differing second one is reported, not merged.
     *
     * @return one message per claim defined differently in the two maps
     */
    public List<String> absorb(ArgumentMap other) {
        List<String> differences = new ArrayList<>();
        for (Claim claim : other.claims()) {
            Claim mine = claims.get(claim.id());
            if (mine == null) {
                claims.put(claim.id(), claim);
            } else if (!mine.equals(claim)) {
                differences.add("claim '" + claim.id() + "' in map '" + other.id() + "' differs from the definition read"
                        + " before it; the first definition is kept");
            }
        }
        other.arguments.values().forEach(a -> arguments.putIfAbsent(a.id(), a));
        other.supports.values().forEach(s -> supports.putIfAbsent(s.id(), s));
        other.attacks.values().forEach(a -> attacks.putIfAbsent(a.id(), a));
        oppositions.addAll(other.oppositions);
        // a run mixing framework files with maps reads all of it as frameworks: nothing is lost
        abstractFramework |= other.abstractFramework;
        return differences;
    }

    /** A deep copy with the same id: readers build into a copy so that a failure loses nothing. */
    public ArgumentMap copy() {
        ArgumentMap copy = new ArgumentMap(id, title);
        copy.description = description;
        copy.abstractFramework = abstractFramework;
        claims.values().forEach(copy::putClaim);
        copy.arguments.putAll(arguments);
        copy.supports.putAll(supports);
        copy.attacks.putAll(attacks);
        copy.oppositions.addAll(oppositions);
        return copy;
    }

    public List<String> claimIds() {
        return new ArrayList<>(claims.keySet());
    }

    @Override
    public String toString() {
        return "ArgumentMap[" + id + ": " + claims.size() + " claims, " + supports.size() + " supports, "
                + attacks.size() + " attacks]";
    }
}
