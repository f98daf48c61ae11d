package org.dialectica.reasoning;

import java.util.Arrays;

/**
 * Adjacency in compressed rows: the items of key {@code k} are {@code items[start[k] ..
 * start[k+1])}. Built in two passes over parallel arrays, so large maps cost arrays, not objects.
 */
final class IntLists {
    final int[] start;
    final int[] items;

    /** Rows already in this form: {@code start} has one entry more than there are keys. */
    IntLists(int[] start, int[] items) {
        this.start = start;
        this.items = items;
    }

    /** Groups {@code values[i]} under {@code keys[i]} for i below {@code count}. */
    static IntLists of(int size, int[] keys, int[] values, int count) {
        int[] start = new int[size + 1];
        for (int i = 0; i < count; i++) start[keys[i] + 1]++;
        for (int k = 0; k < size; k++) start[k + 1] += start[k];
        int[] items = new int[count];
        int[] fill = Arrays.copyOf(start, size);
        for (int i = 0; i < count; i++) items[fill[keys[i]]++] = values[i];
        return new IntLists(start, items);
    }

    int size(int key) {
        return start[key + 1] - start[key];
    }

    /** The same rows with empty ones added up to {@code size} keys (the items are shared, not copied). */
    IntLists grown(int size) {
        int old = start.length - 1;
        if (size == old) return this;
        int[] longer = Arrays.copyOf(start, size + 1);
        Arrays.fill(longer, old + 1, size + 1, start[old]);
        return new IntLists(longer, items);
    }

    /** A growable int array: the builders' buffer. */
    static final class Buffer {
        int[] data = new int[16];
        int size;

        /** A buffer holding {@code values} (not copied: adding to it copies it first, as it is full). */
        static Buffer of(int[] values) {
            Buffer b = new Buffer();
            b.data = values;
            b.size = values.length;
            return b;
        }

        void add(int value) {
            if (size == data.length) data = Arrays.copyOf(data, Math.max(16, size * 2));
            data[size++] = value;
        }
    }
}
