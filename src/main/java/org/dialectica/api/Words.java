package org.dialectica.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.dialectica.base.ui.Translations;
import org.dialectica.reasoning.Comparison;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.Sentence;

/** The reasoner's sentences and kinds as the API answers them: worded in the caller's language. */
final class Words {
    private Words() {}

    /** Indonesian when the caller asks for it (Accept-Language: id), English otherwise: the languages the texts are in. */
    static Locale language(Locale asked) {
        return asked != null && Translations.INDONESIAN.getLanguage().equals(asked.getLanguage()) ? Translations.INDONESIAN : Translations.ENGLISH;
    }

    static String text(Sentence sentence, Locale language) {
        return sentence == null ? null : sentence.text(language);
    }

    /** A kind as its constant, lower case with dashes (as the command line's JSON has it): "rebut", "support-cycle". */
    static String name(Enum<?> kind) {
        return kind == null ? null : kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    record ComparedThesis(String id, Label label, double strength, List<String> grounds) {}

    record Clash(String a, String b, String kind, String explanation) {}

    record Outcome(String condition, Map<String, Label> labels) {}

    record Crux(List<String> claims, String explanation, List<Outcome> outcomes) {}

    record ComparisonJson(List<ComparedThesis> theses, List<Clash> conflicts, List<Crux> cruxes, boolean bounded) {}

    static List<Crux> cruxes(List<Comparison.Crux> cruxes, Locale language, UnaryOperator<String> names) {
        return cruxes.stream().map(c -> new Crux(c.claims(), c.explanation().text(language, names),
                c.outcomes().stream().map(o -> new Outcome(o.condition().text(language, names), o.labels())).toList())).toList();
    }

    static ComparisonJson comparison(Comparison comparison, Locale language, UnaryOperator<String> names) {
        return new ComparisonJson(
                comparison.theses().stream().map(t -> new ComparedThesis(t.id(), t.label(), t.strength(), t.grounds())).toList(),
                comparison.conflicts().stream().map(c -> new Clash(c.a(), c.b(), name(c.kind()), c.explanation().text(language, names))).toList(),
                cruxes(comparison.cruxes(), language, names), comparison.bounded());
    }
}
