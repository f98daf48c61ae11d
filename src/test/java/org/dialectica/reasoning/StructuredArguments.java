package org.dialectica.reasoning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The independent oracle: the definition, argument by argument, for small maps. Builds every
 * structured argument (a prima facie claim; an inference with one argument per premise, no claim
 * repeated along a branch), the defeats between them (rebut or undermine on any sub-conclusion
 * unless that sub-conclusion is strictly preferred; undercut on any inference), the grounded
 * labelling by iterating the characteristic function, and reads each claim's status off its
 * arguments. Exponential on purpose, and only for maps of a dozen claims.
 */
final class StructuredArguments {
    record Inference(int conclusion, int[] premises) {}

    /** Gives up (returns null) beyond this many arguments, so a random map never hangs a test. */
    static final int MAX_ARGUMENTS = 4000;

    private record Arg(int conclusion, int inference, long subConclusions, long inferencesUsed, String key) {}

    /**
     * @param attacks claim-level attacks {from, to}, drawn or from conflicts
     * @param undercuts {claim, inference}
     * @param preferred {a, b}: a is declared preferred over b
     */
    static Label[] label(int n, boolean[] primaFacie, List<Inference> inferences, List<int[]> attacks,
            List<int[]> undercuts, List<int[]> preferred) {
        List<Arg> args = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int c = 0; c < n; c++) {
            if (primaFacie[c]) add(args, keys, new Arg(c, -1, 1L << c, 0, "[" + c + "]"));
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int g = 0; g < inferences.size(); g++) {
                Inference inf = inferences.get(g);
                List<List<Arg>> choices = new ArrayList<>();
                for (int p : inf.premises()) {
                    List<Arg> forP = args.stream().filter(a -> a.conclusion() == p).toList();
                    choices.add(forP);
                }
                for (List<Arg> combo : combinations(choices)) {
                    long subs = 0, used = 1L << g;
                    StringBuilder key = new StringBuilder("(" + g + ":");
                    for (Arg a : combo) {
                        subs |= a.subConclusions();
                        used |= a.inferencesUsed();
                        key.append(a.key()).append(',');
                    }
                    if ((subs & (1L << inf.conclusion())) != 0) continue; // conclusion repeated on a branch
                    Arg built = new Arg(inf.conclusion(), g, subs | (1L << inf.conclusion()), used, key.append(')').toString());
                    if (add(args, keys, built)) grew = true;
                    if (args.size() > MAX_ARGUMENTS) return null;
                }
            }
        }
        boolean[][] pref = new boolean[n][n];
        for (int[] p : preferred) pref[p[0]][p[1]] = true;
        boolean[][] attacksClaim = new boolean[n][n];
        for (int[] a : attacks) attacksClaim[a[0]][a[1]] = true;
        boolean[][] undercutsInf = new boolean[n][inferences.size()];
        for (int[] u : undercuts) undercutsInf[u[0]][u[1]] = true;

        int size = args.size();
        boolean[][] defeats = new boolean[size][size];
        for (int x = 0; x < size; x++) {
            int a = args.get(x).conclusion();
            for (int y = 0; y < size; y++) {
                Arg target = args.get(y);
                boolean defeat = false;
                for (int c = 0; c < n && !defeat; c++) {
                    if ((target.subConclusions() & (1L << c)) != 0 && attacksClaim[a][c] && !(pref[c][a] && !pref[a][c])) defeat = true;
                }
                for (int g = 0; g < inferences.size() && !defeat; g++) {
                    if ((target.inferencesUsed() & (1L << g)) != 0 && undercutsInf[a][g]) defeat = true;
                }
                defeats[x][y] = defeat;
            }
        }
        // grounded labelling: iterate until nothing changes
        Label[] argLabel = new Label[size];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int y = 0; y < size; y++) {
                if (argLabel[y] != null) continue;
                boolean allOut = true, someIn = false;
                for (int x = 0; x < size; x++) {
                    if (!defeats[x][y]) continue;
                    if (argLabel[x] != Label.OUT) allOut = false;
                    if (argLabel[x] == Label.IN) someIn = true;
                }
                if (someIn) argLabel[y] = Label.OUT;
                else if (allOut) argLabel[y] = Label.IN;
                if (argLabel[y] != null) changed = true;
            }
        }
        Label[] labels = new Label[n];
        for (int c = 0; c < n; c++) {
            boolean defeated = false, in = false, notOut = false;
            for (int x = 0; x < size; x++) {
                Arg arg = args.get(x);
                int a = arg.conclusion();
                if (argLabel[x] == Label.IN && attacksClaim[a][c] && !(pref[c][a] && !pref[a][c])) defeated = true;
                if (a == c && argLabel[x] == Label.IN) in = true;
                if (a == c && argLabel[x] != Label.OUT) notOut = true;
            }
            labels[c] = defeated ? Label.OUT : in ? Label.IN : notOut ? Label.UNDEC : Label.UNSUPPORTED;
        }
        return labels;
    }

    private static boolean add(List<Arg> args, Set<String> keys, Arg arg) {
        if (!keys.add(arg.key())) return false;
        args.add(arg);
        return true;
    }

    private static List<List<Arg>> combinations(List<List<Arg>> choices) {
        List<List<Arg>> out = new ArrayList<>();
        out.add(List.of());
        for (List<Arg> options : choices) {
            List<List<Arg>> next = new ArrayList<>();
            for (List<Arg> prefix : out) {
                for (Arg option : options) {
                    List<Arg> longer = new ArrayList<>(prefix);
                    longer.add(option);
                    next.add(longer);
                }
            }
            out = next;
        }
        return out;
    }
}
