package org.dialectica.io.af;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.io.MapWarning;

/**
 * An abstract argumentation framework held in arrays: arguments numbered 0 … size-1 with their
 * names, attack k from {@code attackers()[k]} on {@code targets()[k]}. A repeated attack is kept
 * once. Large frameworks are read and labelled through this form, never as one object per argument.
 */
public final class Framework {
    private final Names names = new Names();
    private int[] attackers = new int[1024];
    private int[] targets = new int[1024];
    private int attacks;
    /** The attacks held, as attacker << 32 | target in open addressing; -1 marks an empty slot. */
    private long[] pairs = filled(2048);
    /** TGF node labels, by argument; most frameworks have none, so no array per argument. */
    private final Map<Integer, String> labels = new HashMap<>();
    private final List<MapWarning> warnings = new ArrayList<>();

    public int size() { return names.size(); }
    public int attackCount() { return attacks; }
    /** Attack sources; only the first {@link #attackCount()} entries are attacks. */
    public int[] attackers() { return attackers; }
    /** Attack targets, parallel to {@link #attackers()}. */
    public int[] targets() { return targets; }
    public String name(int argument) { return names.name(argument); }
    /** The label a TGF node line gave the argument after its name, or null. */
    public String label(int argument) { return labels.get(argument); }
    /** What was read but not used, or used once though given twice: located, in file order. */
    public List<MapWarning> warnings() { return List.copyOf(warnings); }

    void label(int argument, String label) {
        labels.putIfAbsent(argument, label);
    }

    void warn(MapWarning warning) {
        warnings.add(warning);
    }

    /** The names' UTF-8 bytes: argument i is {@code nameBytes()[nameStart(i), nameEnd(i))}. */
    public byte[] nameBytes() { return names.pool(); }
    public int nameStart(int argument) { return names.start(argument); }
    public int nameEnd(int argument) { return names.end(argument); }

    int argument(byte[] bytes, int from, int to) {
        return names.intern(bytes, from, to);
    }

    int argument(String name) {
        return names.intern(name);
    }

    void attack(int attacker, int target) {
        long pair = (long) attacker << 32 | target;
        int mask = pairs.length - 1;
        int s = spread(pair) & mask;
        while (pairs[s] != -1) {
            if (pairs[s] == pair) return;
            s = (s + 1) & mask;
        }
        pairs[s] = pair;
        if (attacks == attackers.length) {
            attackers = Arrays.copyOf(attackers, attacks * 2);
            targets = Arrays.copyOf(targets, attacks * 2);
        }
        attackers[attacks] = attacker;
        targets[attacks++] = target;
        if (attacks * 2 > pairs.length) rehash();
    }

    /** Adds the other framework's arguments and attacks; an argument with a name held already is the same argument. */
    public void absorb(Framework other) {
        int[] mine = new int[other.size()];
        for (int i = 0; i < mine.length; i++) mine[i] = argument(other.nameBytes(), other.nameStart(i), other.nameEnd(i));
        for (int k = 0; k < other.attacks; k++) attack(mine[other.attackers[k]], mine[other.targets[k]]);
        other.labels.forEach((argument, label) -> labels.putIfAbsent(mine[argument], label));
        warnings.addAll(other.warnings);
    }

    private void rehash() {
        pairs = filled(pairs.length * 2);
        int mask = pairs.length - 1;
        for (int k = 0; k < attacks; k++) {
            long pair = (long) attackers[k] << 32 | targets[k];
            int s = spread(pair) & mask;
            while (pairs[s] != -1) s = (s + 1) & mask;
            pairs[s] = pair;
        }
    }

    private static int spread(long pair) {
        long h = pair * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private static long[] filled(int length) {
        long[] array = new long[length];
        Arrays.fill(array, -1);
        return array;
    }
}
