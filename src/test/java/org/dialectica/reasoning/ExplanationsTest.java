package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.reasoning.Given.given;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dialectica.map.Claim;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.map.ClaimKind;
import org.dialectica.papers.Paper;
import org.dialectica.papers.PaperQuotes;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every explanation, finding, conflict, attack, crux and reason template, and every kind word, is
 * worded in English and in Indonesian: rendered from the templates themselves (so a new template
 * or a new enum constant without Indonesian fails) and from real analyses.
 */
class ExplanationsTest {
    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** Templates with nothing to translate: punctuation around their arguments. */
    static final Set<String> SAME_IN_BOTH = Set.of("list.comma", "reason.whatif", "compare.crux.one", "compare.crux.two", "debate.role.moderator", "grade.text");
    /** Left over arguments: "{0}", "{12}" … */
    static final Pattern UNRENDERED = Pattern.compile("\\{\\d+}");

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ExplanationsTest.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keys(String prefix) throws Exception {
        Set<String> keys = new TreeSet<>();
        for (String key : load("explanations.properties").stringPropertyNames()) if (key.startsWith(prefix)) keys.add(key);
        return keys;
    }

    @Test
    void every_template_has_an_indonesian_one_and_only_rule_names_and_descriptor_words_are_extra() throws Exception {
        Properties english = load("explanations.properties");
        Properties indonesian = load("explanations_id.properties");

        assertThat(indonesian.stringPropertyNames()).containsAll(english.stringPropertyNames());
        assertThat(indonesian.stringPropertyNames()).filteredOn(k -> !english.containsKey(k))
                .allSatisfy(k -> assertThat(k).matches("(rule|descriptor)\\..+"));
        assertThat(indonesian.stringPropertyNames()).allSatisfy(k -> assertThat(indonesian.getProperty(k)).isNotBlank());
    }

    @Test
    void every_template_renders_in_both_languages_with_all_its_arguments_and_indonesian_differs() throws Exception {
        for (String key : keys("")) {
            int arity = new MessageFormat(load("explanations.properties").getProperty(key)).getFormatsByArgumentIndex().length;
            Object[] args = new Object[arity];
            for (int i = 0; i < arity; i++) args[i] = "«A" + i + "»";
            String english = Sentence.of(key, args).text(ENGLISH);
            String indonesian = Sentence.of(key, args).text(INDONESIAN);

            for (String text : List.of(english, indonesian)) {
                assertThat(text).as(key).doesNotContain("!" + key + "!").doesNotMatch("(?s).*\\{\\d+}.*");
                for (Object arg : args) assertThat(text).as(key + " uses every argument").contains((String) arg);
            }
            if (!SAME_IN_BOTH.contains(key)) assertThat(indonesian).as(key).isNotEqualTo(english);
        }
    }

    @Test
    void every_kind_label_and_claim_role_has_a_word_in_both_languages() {
        List<Enum<?>> kinds = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(Label.class, AttackKind.class, ConflictKind.class, FindingKind.class, ClaimKind.class)) {
            kinds.addAll(Arrays.asList(type.getEnumConstants()));
        }
        for (Enum<?> kind : kinds) {
            String english = Sentence.word(kind).text(ENGLISH), indonesian = Sentence.word(kind).text(INDONESIAN);
            assertThat(english).as(kind.toString()).doesNotStartWith("!");
            assertThat(indonesian).as(kind.toString()).doesNotStartWith("!").isNotEqualTo(english);
        }
        // the command line reads the same words
        for (AttackKind k : AttackKind.values()) assertThat(Sentence.word(k).text()).isEqualTo(k.word());
        for (ConflictKind k : ConflictKind.values()) assertThat(Sentence.word(k).text()).isEqualTo(k.word());
        for (FindingKind k : FindingKind.values()) assertThat(Sentence.word(k).text()).isEqualTo(k.word());
        for (ClaimKind k : ClaimKind.values()) assertThat(Sentence.word(k).text()).isEqualTo(k.word());
    }

    @Test
    void every_kind_has_its_templates() throws Exception {
        for (FindingKind k : FindingKind.values()) assertThat(keys("finding." + k.word())).as(k.toString()).isNotEmpty();
        for (AttackKind k : AttackKind.values()) assertThat(keys("attack." + k.word())).as(k.toString()).isNotEmpty();
        for (ConflictKind k : ConflictKind.values()) {
            assertThat(Stream.concat(keys("conflict." + k.word()).stream(), keys("conflict.declared." + k.word()).stream()))
                    .as(k.toString()).isNotEmpty();
        }
        for (Label l : Label.values()) {
            assertThat(keys("reason." + l.word() + ".")).as(l.toString()).isNotEmpty();
            assertThat(keys("compare.then." + l.word())).as(l.toString()).isNotEmpty();
        }
    }

    @Test
    void every_rule_and_every_vocabulary_word_has_an_indonesian_name() throws Exception {
        Properties indonesian = load("explanations_id.properties");
        List<String> rules = new ArrayList<>(List.of("Claims that support each other in a circle", "A quote not in its paper"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = Pattern.compile("(?m)^rule \"([^\"]+)\"").matcher(Files.readString(drl));
                while (m.find()) rules.add(m.group(1));
            }
        }
        assertThat(rules).hasSizeGreaterThan(20).allSatisfy(rule -> {
            assertThat(indonesian).containsKey("rule." + Wording.key(rule));
            assertThat(Sentence.rule(rule).text(ENGLISH)).isEqualTo(rule);
            assertThat(Sentence.rule(rule).text(INDONESIAN)).isNotEqualTo(rule);
        });

        Map<String, Object> yaml = new Yaml().load(Files.readString(Path.of("rules", VocabularyFile.NAME)));
        List<String> words = new ArrayList<>();
        for (Object pair : (List<?>) yaml.get("opposites")) {
            ((Map<?, ?>) pair).forEach((pole, same) -> {
                words.add((String) pole);
                ((List<?>) same).forEach(w -> words.add((String) w));
            });
        }
        ((Map<?, ?>) yaml.get("values")).values().forEach(set -> ((List<?>) set).forEach(w -> words.add((String) w)));
        List<String> directions = List.copyOf(words);
        ((List<?>) yaml.get("dimensions")).forEach(w -> words.add((String) w));
        assertThat(words).allSatisfy(w -> assertThat(indonesian).containsKey("descriptor." + Wording.key(w)));
        // a direction reads as a predicate ("rises", "is fragile"), so a contrary between two claims is a sentence
        assertThat(directions).allSatisfy(w -> {
            assertThat(load("explanations.properties")).containsKey("predicate." + Wording.key(w));
            assertThat(indonesian).containsKey("predicate." + Wording.key(w));
        });
    }

    /** "armed stability fragile" had no verb: a state is said with "is", a trend with its verb, in both languages. */
    @Test
    void a_contrary_between_descriptors_reads_as_a_sentence_in_both_languages() {
        Analysis states = given().says("d", "004.txt", "the Nagorno-Karabakh conflict", "armed stability", "durable", 2020, 2025)
                .says("f", "003.txt", "the Nagorno-Karabakh conflict", "armed stability", "flaring", 2021, null).analyze();
        Analysis values = given().says("w", "004.txt", "Russia", "ceasefire outcome", "winner", 2020, 2021)
                .says("l", "000.txt", "Russia", "ceasefire outcome", "loser", 2020, null).analyze();

        assertThat(states.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.explanation().text()).startsWith("«d» (004.txt) says the Nagorno-Karabakh conflict's armed stability is"
                    + " durable (2020–2025) while «f» (003.txt) says it is flaring up (2021–…)");
            assertThat(c.explanation().text(INDONESIAN)).startsWith("«d» (004.txt) menyatakan bahwa stabilitas keamanan the"
                    + " Nagorno-Karabakh conflict langgeng (2020–2025), sedangkan «f» (003.txt) menyatakan bahwa stabilitas keamanan itu"
                    + " kembali bergejolak (2021–…)");
        });
        assertThat(values.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.explanation().text()).contains("Russia's ceasefire outcome is a", "says it is a");
            assertThat(c.explanation().text(INDONESIAN)).contains("hasil gencatan senjata Russia adalah", "itu adalah");
        });
    }

    /** Maps that between them derive every finding (but an illegal label), conflict, attack and label. */
    private static List<Analysis> analyses() {
        return List.of(
                given().thesis("t").thesis("bare").evidence("e").claim("p").claim("c").claim("u").claim("iso").uncited("nos")
                        .supports("e", "p").supports("p", "c").supports("c", "t").undercuts("u", "p", "c").attacks("nos", "p")
                        .attacks("u", "t").claim("x").claim("y").contradictory("x", "y").claim("k").claim("l").contrary("k", "l")
                        .supports("k", "l").supports("l", "k").prefer("x", "y").prefer("y", "x").prefer("k", "ghost")
                        .says("d1", "000.txt", "Russia", "regional influence", "rises", 2020, 2021)
                        .says("d2", "004.txt", "Russia", "regional influence", "falls", 2020, null)
                        .says("d3", "004.txt", "Russia", "regional influence", "declines", null, null)
                        .says("d4", "004.txt", "Russia", "regonal influence", "rises", null, null)
                        .evidence("m").claim("q").supports("m", "q").attacks("d1", "m").analyze(),
                given().evidence("a").evidence("b").claim("ca").claim("cb").supports("a", "ca").supports("b", "cb")
                        .contradictory("ca", "cb").claim("top").supports("ca", "top").evidence("hit").evidence("target")
                        .attacks("hit", "target").thesis("over").evidence("o").supports("o", "over").evidence("under")
                        .attacks("under", "over").prefer("over", "under").analyze(),
                // the quote check beside the rules: "a quote" is not in this paper.txt
                ReasoningSession.analyze(Given.RULES.withQuotes(PaperQuotes.of(List.of(
                        new Paper("paper.txt", null, "en", Paper.Kind.TEXT, "A paper that says something else.")))),
                        given().evidence("misquoted").map()));
    }

    @Test
    void real_explanations_of_every_kind_are_worded_in_both_languages() throws Exception {
        Set<FindingKind> findings = EnumSet.noneOf(FindingKind.class);
        Set<ConflictKind> conflicts = EnumSet.noneOf(ConflictKind.class);
        Set<AttackKind> attacks = EnumSet.noneOf(AttackKind.class);
        Set<Label> labels = EnumSet.noneOf(Label.class);
        List<Sentence> sentences = new ArrayList<>();
        for (Analysis analysis : analyses()) {
            analysis.findings().forEach(f -> { findings.add(f.getKind()); sentences.add(f.message()); });
            analysis.conflicts().forEach(c -> { conflicts.add(c.getKind()); sentences.add(c.explanation()); });
            analysis.attacks().forEach(e -> { attacks.add(e.getKind()); sentences.add(e.explanation()); });
            analysis.map().claims().forEach(c -> analysis.reasons(c.id()).forEach(r -> { labels.add(r.getLabel()); sentences.add(r.explanation()); }));
        }
        Analysis combined = ReasoningSession.analyze(Given.RULES,
                new ArgdownReader().read(Path.of("arguments", "who-gained-from-the-2020-war.argdown")).map());
        Comparison comparison = Comparison.of(combined, List.of("p000-russia-hegemony-weakens", "p004-russia-ceasefire-winner"));
        comparison.cruxes().forEach(x -> sentences.add(x.explanation()));
        comparison.conflicts().forEach(x -> sentences.add(x.explanation()));

        assertThat(findings).containsAll(EnumSet.complementOf(EnumSet.of(FindingKind.ILLEGAL_LABEL)));
        assertThat(conflicts).containsAll(EnumSet.allOf(ConflictKind.class));
        assertThat(attacks).containsAll(EnumSet.allOf(AttackKind.class));
        assertThat(labels).containsAll(EnumSet.allOf(Label.class));
        assertThat(comparison.cruxes()).isNotEmpty();
        assertThat(sentences).allSatisfy(s -> {
            String english = s.text(ENGLISH), indonesian = s.text(INDONESIAN);
            assertThat(english).isEqualTo(s.text());
            assertThat(indonesian).doesNotContain("!").doesNotMatch("(?s).*\\{\\d+}.*").isNotEqualTo(english);
            // claims are named «Title» in both, so the views can link them
            assertThat(named(indonesian)).isEqualTo(named(english));
        });
    }

    @Test
    void an_illegal_label_is_worded_in_both_languages() {
        Names names = new Names();
        names.put(Claim.of("Alpha", "a claim"));
        names.put(Claim.of("Beta", "its defeater"));
        Sentence illegal = Explain.illegal(names, Claim.of("Alpha", "a claim"), Label.IN, "defeater-stands", "Beta");

        assertThat(illegal.text()).isEqualTo("«Alpha» is labelled IN but «Beta» defeats it and stands.");
        assertThat(illegal.text(INDONESIAN)).isEqualTo("«Alpha» berlabel IN (berdiri), padahal «Beta» mengalahkannya dan berdiri.");
    }

    @Test
    void an_indonesian_contrary_translates_the_vocabulary_words_and_keeps_what_it_does_not_know() {
        Analysis analysis = given().says("r", "000.txt", "Rusia", "regional influence", "rises", 2020, 2021)
                .says("f", "004.txt", "Rusia", "regional influence", "falls", null, null).analyze();

        assertThat(analysis.conflicts()).singleElement().satisfies(c -> assertThat(c.explanation().text(INDONESIAN)).startsWith(
                "«f» (004.txt) menyatakan bahwa pengaruh regional Rusia turun (kapan saja), sedangkan «r» (000.txt) menyatakan"
                        + " bahwa pengaruh regional itu naik (2020–2021)"));
    }

    private static Set<String> named(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("«[^»]+»").matcher(text);
        while (m.find()) names.add(m.group());
        return names;
    }
}
