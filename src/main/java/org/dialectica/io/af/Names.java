package org.dialectica.io.af;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Argument names as UTF-8 bytes in one pool, each kept once and numbered in the order first met:
 * a million names cost a few arrays, not a million strings.
 */
final class Names {
    private byte[] pool = new byte[1 << 12];
    private int poolSize;
    private int[] starts = new int[257];
    private int[] hashes = new int[256];
    private int count;
    /** Names of more than 8 bytes, in open addressing: index + 1 of the name in each slot, 0 for an empty slot. */
    private int[] slots = new int[512];
    private int longCount;
    /** Names of 1 to 8 bytes, none of them 0: pairs of packed bytes (0: empty slot) and index. */
    private long[] shortSlots = new long[1024];
    private int shortCount;

    int size() {
        return count;
    }

    /** The number of the name in {@code bytes[from, to)}, added if it is new. */
    int intern(byte[] bytes, int from, int to) {
        long packed = packed(bytes, from, to);
        return packed != 0 ? internShort(packed, bytes, from, to) : internLong(bytes, from, to);
    }

    /** Short names are found by their packed bytes alone, without reading the pool: one memory access, not four. */
    private int internShort(long packed, byte[] bytes, int from, int to) {
        int mask = (shortSlots.length >> 1) - 1;
        for (int s = spread(packed) & mask; ; s = (s + 1) & mask) {
            long held = shortSlots[2 * s];
            if (held == packed) return (int) shortSlots[2 * s + 1];
            if (held == 0) {
                shortSlots[2 * s] = packed;
                shortSlots[2 * s + 1] = add(bytes, from, to, 0);
                if (++shortCount * 4 > shortSlots.length) shortSlots = rehashShort(shortSlots);
                return count - 1;
            }
        }
    }

    private int internLong(byte[] bytes, int from, int to) {
        int hash = hash(bytes, from, to);
        int mask = slots.length - 1;
        for (int s = hash & mask; ; s = (s + 1) & mask) {
            int held = slots[s];
            if (held == 0) {
                slots[s] = add(bytes, from, to, hash) + 1;
                if (++longCount * 2 > slots.length) rehash();
                return count - 1;
            }
            int i = held - 1;
            if (hashes[i] == hash && Arrays.equals(pool, starts[i], starts[i + 1], bytes, from, to)) return i;
        }
    }

    int intern(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        return intern(bytes, 0, bytes.length);
    }

    String name(int i) {
        return new String(pool, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
    }

    byte[] pool() { return pool; }
    int start(int i) { return starts[i]; }
    int end(int i) { return starts[i + 1]; }

    private int add(byte[] bytes, int from, int to, int hash) {
        int length = to - from;
        if (poolSize + length > pool.length) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        if (count + 2 > starts.length) starts = Arrays.copyOf(starts, starts.length * 2);
        if (count + 1 > hashes.length) hashes = Arrays.copyOf(hashes, hashes.length * 2);
        System.arraycopy(bytes, from, pool, poolSize, length);
        poolSize += length;
        hashes[count] = hash;
        starts[++count] = poolSize;
        return count - 1;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < count; i++) {
            if (hashes[i] == 0 && packed(pool, starts[i], starts[i + 1]) != 0) continue;
            int s = hashes[i] & mask;
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = i + 1;
        }
    }

    private static long[] rehashShort(long[] old) {
        long[] table = new long[old.length * 2];
        int mask = (table.length >> 1) - 1;
        for (int o = 0; o < old.length; o += 2) {
            if (old[o] == 0) continue;
            int s = spread(old[o]) & mask;
            while (table[2 * s] != 0) s = (s + 1) & mask;
            table[2 * s] = old[o];
            table[2 * s + 1] = old[o + 1];
        }
        return table;
    }

    /** The bytes of a name of 1 to 8 bytes, none of them 0, as one number; 0 for any other name. */
    private static long packed(byte[] bytes, int from, int to) {
        if (to - from > 8 || to == from) return 0;
        long packed = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) return 0;
            packed = packed << 8 | (bytes[i] & 0xFF);
        }
        return packed;
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + bytes[i];
        // spread the bits, so that names differing in their last digits do not crowd one region
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
