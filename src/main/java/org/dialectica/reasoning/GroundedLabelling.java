package org.dialectica.reasoning;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Grounded labelling in time linear in arguments plus attacks: a claim becomes IN when its last
 * attacker that is not OUT turns OUT, and everything an IN claim attacks turns OUT; what is never
 * reached stays UNDEC. Works on int indices so that large maps cost arrays, not objects.
 */
public final class GroundedLabelling {
    private GroundedLabelling() {}

    /**
     * @param size number of arguments, indexed 0 … size-1
     * @param from attack sources; {@code from[i]} attacks {@code to[i]}
     * @param to attack targets
     * @param edges how many entries of {@code from}/{@code to} are attacks
     */
    public static Label[] label(int size, int[] from, int[] to, int edges) {
        // attackers of each argument not yet OUT, and its outgoing attacks in compressed rows
        int[] pendingAttackers = new int[size];
        int[] rowStart = new int[size + 1];
        for (int i = 0; i < edges; i++) {
            pendingAttackers[to[i]]++;
            rowStart[from[i] + 1]++;
        }
        for (int v = 0; v < size; v++) rowStart[v + 1] += rowStart[v];
        int[] targets = new int[edges];
        int[] fill = Arrays.copyOf(rowStart, size);
        for (int i = 0; i < edges; i++) targets[fill[from[i]]++] = to[i];

        Label[] labels = new Label[size];
        int[] queue = new int[size];
        int head = 0, tail = 0;
        for (int v = 0; v < size; v++) {
            if (pendingAttackers[v] == 0) {
                labels[v] = Label.IN;
                queue[tail++] = v;
            }
        }
        Deque<Integer> outs = new ArrayDeque<>();
        while (head < tail || !outs.isEmpty()) {
            if (head < tail) {
                int in = queue[head++];
                for (int e = rowStart[in]; e < rowStart[in + 1]; e++) {
                    int t = targets[e];
                    if (labels[t] == null) {
                        labels[t] = Label.OUT;
                        outs.push(t);
                    }
                }
            } else {
                int out = outs.pop();
                for (int e = rowStart[out]; e < rowStart[out + 1]; e++) {
                    int t = targets[e];
                    if (--pendingAttackers[t] == 0 && labels[t] == null) {
                        labels[t] = Label.IN;
                        queue[tail++] = t;
                    }
                }
            }
        }
        for (int v = 0; v < size; v++) if (labels[v] == null) labels[v] = Label.UNDEC;
        return labels;
    }
}
