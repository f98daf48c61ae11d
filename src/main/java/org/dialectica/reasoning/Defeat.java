package org.dialectica.reasoning;

import java.util.Objects;

/**
 * An attack on a claim that succeeds: its target is not preferred over its source. One fact per
 * attack, so a defeat remembers whether it was drawn or derived, and through which conflict.
 */
public final class Defeat {
    private final String from;
    private final String to;
    private final AttackEdge attack;

    public Defeat(String from, String to, AttackEdge attack) {
        this.from = from;
        this.to = to;
        this.attack = attack;
    }

    public String getFrom() { return from; }
    public String getTo() { return to; }
    public AttackEdge getAttack() { return attack; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Defeat d && from.equals(d.from) && to.equals(d.to) && attack.equals(d.attack);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, attack);
    }

    @Override
    public String toString() {
        return "defeat(" + attack + ")";
    }
}
