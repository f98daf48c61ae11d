package org.dialectica.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.dialectica.map.TimeSpan;

/**
 * Seeded maps shaped like real ones, at any size: theses with support trees at most four levels
 * deep, a fifth of the claims with descriptors on a shared vocabulary of topics (so contraries
 * arise across trees), and one drawn attack for every two claims.
 */
public final class GeneratedMaps {
    static final int MAX_DEPTH = 4;
    private static final String[] DIRECTIONS = {"rises", "falls", "winner", "loser"};

    private GeneratedMaps() {}

    public static ArgumentMap generate(int claims, long seed) {
        Random random = new Random(seed);
        ArgumentMap map = new ArgumentMap("generated-" + claims, "Generated map of " + claims + " claims");
        int theses = Math.max(1, claims / 40);
        int topics = Math.max(2, claims / 20);
        int[] depth = new int[claims];
        List<Integer> canParent = new ArrayList<>();
        for (int i = 0; i < claims; i++) {
            ClaimKind kind = i < theses ? ClaimKind.THESIS : random.nextInt(2) == 0 ? ClaimKind.EVIDENCE : ClaimKind.CLAIM;
            // a dimension the shipped vocabulary knows, so the figures measure conflicts, not unknown-word findings
            Proposition proposition = random.nextInt(5) == 0
                    ? new Proposition("subject " + random.nextInt(topics), "regional influence", DIRECTIONS[random.nextInt(4)],
                            new TimeSpan(2015 + random.nextInt(8), null))
                    : null;
            Source source = random.nextInt(10) == 0 ? null : new Source("paper-" + random.nextInt(50) + ".txt", "p. " + random.nextInt(30), "quote " + i);
            map.putClaim(new Claim("c" + i, null, "claim number " + i, null, null, kind, List.of(), List.of(), source,
                    proposition, null));
            if (i >= theses) {
                int parent = canParent.get(random.nextInt(canParent.size()));
                depth[i] = depth[parent] + 1;
                map.addSupport(new Support("c" + i, "c" + parent));
            }
            if (depth[i] < MAX_DEPTH) canParent.add(i);
        }
        for (int k = 0; k < claims / 2; k++) {
            int a = random.nextInt(claims), b = random.nextInt(claims);
            if (a != b) map.addAttack(Attack.onClaim("c" + a, "c" + b));
        }
        return map;
    }

    /**
     * A ladder of diamonds: two sourced evidence claims at the bottom, then levels of two claims each
     * supported by both claims below, a thesis on top: 2^levels support paths to the thesis.
     */
    public static ArgumentMap diamondLadder(int levels) {
        ArgumentMap map = new ArgumentMap("diamonds-" + levels, "Ladder of " + levels + " diamonds");
        for (int level = 0; level < levels; level++) {
            for (int side = 0; side < 2; side++) {
                ClaimKind kind = level == 0 ? ClaimKind.EVIDENCE : ClaimKind.CLAIM;
                map.putClaim(new Claim("d" + level + "-" + side, null, "level " + level + " side " + side, null, null, kind,
                        List.of(), List.of(), new Source("paper.txt", "p. " + level, "quote"), null, null));
                if (level > 0) {
                    map.addSupport(new Support("d" + (level - 1) + "-0", "d" + level + "-" + side));
                    map.addSupport(new Support("d" + (level - 1) + "-1", "d" + level + "-" + side));
                }
            }
        }
        map.putClaim(new Claim("top", null, "the thesis", null, null, ClaimKind.THESIS, List.of(), List.of(),
                new Source("paper.txt", "p. 0", "quote"), null, null));
        map.addSupport(new Support("d" + (levels - 1) + "-0", "top"));
        map.addSupport(new Support("d" + (levels - 1) + "-1", "top"));
        return map;
    }

    /** One sourced evidence claim at the bottom of a support chain of {@code length} claims. */
    public static ArgumentMap supportChain(int length) {
        ArgumentMap map = new ArgumentMap("chain-" + length, "Support chain of " + length);
        for (int i = 0; i < length; i++) {
            map.putClaim(new Claim("s" + i, null, "step " + i, null, null, i == 0 ? ClaimKind.EVIDENCE : ClaimKind.CLAIM,
                    List.of(), List.of(), new Source("paper.txt", "p. " + i, "quote"), null, null));
            if (i > 0) map.addSupport(new Support("s" + (i - 1), "s" + i));
        }
        return map;
    }

    /** {@code claims} sourced evidence claims and {@code attacks} random attacks between them. */
    public static ArgumentMap denseAttacks(int claims, int attacks, long seed) {
        Random random = new Random(seed);
        ArgumentMap map = new ArgumentMap("dense-" + claims, "Dense attacks");
        for (int i = 0; i < claims; i++) {
            map.putClaim(new Claim("a" + i, null, "argument " + i, null, null, ClaimKind.EVIDENCE, List.of(), List.of(),
                    new Source("paper.txt", "p. " + i, "quote"), null, null));
        }
        for (int k = 0; k < attacks; k++) map.addAttack(Attack.onClaim("a" + random.nextInt(claims), "a" + random.nextInt(claims)));
        return map;
    }
}
