package org.dialectica.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

    /** Removes a claim and every relation that touches it; returns false if there was none. */
    public boolean removeClaim(String claimId) {
        if (claims.remove(claimId) == null) return false;
        List<Support> gone = supports.values().stream()
                .filter(s -> s.from().equals(claimId) || s.to().equals(claimId)).toList();
        gone.forEach(s -> removeSupport(s.id()));
        attacks.values().removeIf(a -> a.from().equals(claimId) || (!a.onSupport() && a.target().equals(claimId)));
        oppositions.removeIf(o -> o.a().equals(claimId) || o.b().equals(claimId));
        List<String> argumentsGone = arguments.values().stream()
                .filter(a -> claimId.equals(a.conclusion()) || a.premises().contains(claimId)).map(Argument::id).toList();
        arguments.keySet().removeAll(argumentsGone);
        // the other premises still support the conclusion, now as drawn supports: a support never
        // names an argument the map does not hold
        supports.replaceAll((id, s) -> argumentsGone.contains(s.argumentId()) ? new Support(s.from(), s.to()) : s);
        return true;
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
