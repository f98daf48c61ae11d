package org.dialectica.reasoning;

/**
 * Strongly connected components of the support graph (premise to conclusion), by Tarjan's
 * algorithm without recursion, so a support chain of a million claims needs no deep stack.
 */
final class SupportCycles {
    private SupportCycles() {}

    /**
     * @param premiseOf for each claim, the inferences it is a premise of
     * @param conclusion the conclusion of each inference
     * @return each claim's component number, 0 … components-1
     */
    static int[] components(int n, IntLists premiseOf, int[] conclusion) {
        int[] index = new int[n], low = new int[n], component = new int[n];
        java.util.Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n], callStack = new int[n], edgeAt = new int[n];
        int next = 0, top = 0, components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) continue;
            int depth = 0;
            callStack[depth] = root;
            edgeAt[root] = premiseOf.start[root];
            index[root] = low[root] = next++;
            stack[top++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callStack[depth];
                if (edgeAt[v] < premiseOf.start[v + 1]) {
                    int w = conclusion[premiseOf.items[edgeAt[v]++]];
                    if (index[w] < 0) {
                        index[w] = low[w] = next++;
                        stack[top++] = w;
                        onStack[w] = true;
                        edgeAt[w] = premiseOf.start[w];
                        callStack[++depth] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    if (low[v] == index[v]) {
                        int w;
                        do {
                            w = stack[--top];
                            onStack[w] = false;
                            component[w] = components;
                        } while (w != v);
                        components++;
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callStack[depth];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        return component;
    }
}
