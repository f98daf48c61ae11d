package org.dialectica.reasoning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The test oracle: grounded semantics straight from its definition, as the least fixpoint of the
 * characteristic function F(S) = {a | every attacker of a is attacked by S}, iterated from the
 * empty set. Quadratic and obviously right; shares no code with {@link GroundedLabelling}.
 */
final class NaiveGrounded {
    private NaiveGrounded() {}

    static Map<String, Label> label(List<String> arguments, List<String[]> attacks) {
        Map<String, Set<String>> attackers = new HashMap<>();
        for (String a : arguments) attackers.put(a, new HashSet<>());
        for (String[] attack : attacks) attackers.get(attack[1]).add(attack[0]);

        Set<String> extension = new HashSet<>();
        while (true) {
            Set<String> next = new HashSet<>();
            for (String a : arguments) {
                boolean defended = attackers.get(a).stream()
                        .allMatch(b -> attackers.get(b).stream().anyMatch(extension::contains));
                if (defended) next.add(a);
            }
            if (next.equals(extension)) break;
            extension.clear();
            extension.addAll(next);
        }
        Map<String, Label> labels = new HashMap<>();
        for (String a : arguments) {
            if (extension.contains(a)) labels.put(a, Label.IN);
            else if (attackers.get(a).stream().anyMatch(extension::contains)) labels.put(a, Label.OUT);
            else labels.put(a, Label.UNDEC);
        }
        return labels;
    }
}
