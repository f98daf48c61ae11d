package org.dialectica.grading;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.RuleBase;

/**
 * The last few graders built, by rubric, reference and starter: compiling a rubric's rules takes about
 * a second, grading one map with them a few milliseconds.
 */
final class Graders {
    private static final int KEPT = 16;
    private final RuleBase rules;
    private final Map<String, Grader> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Grader> eldest) {
            return size() > KEPT;
        }
    };

    Graders(RuleBase rules) {
        this.rules = rules;
    }

    synchronized Grader get(String key, Rubric rubric, ArgumentMap reference, ArgumentMap starter) throws RubricException {
        Grader g = recent.get(key);
        if (g == null) {
            g = new Grader(rules, rubric, reference, starter);
            recent.put(key, g);
        }
        return g;
    }
}
