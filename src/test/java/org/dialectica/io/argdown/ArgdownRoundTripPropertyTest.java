package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.dialectica.io.MapFileException;
import org.dialectica.io.ReadResult;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.dialectica.map.Text;
import org.dialectica.map.TimeSpan;
import org.dialectica.map.TypedText;
import org.junit.jupiter.api.Test;

/**
 * Every text a person may type survives writing and reading: seeded maps whose every text is made
 * of the pieces that break writers (Argdown, Markdown and YAML syntax, quotes, emoji, right-to-left
 * script, combining marks, odd spaces, line breaks, very long words) are written as Argdown and read
 * back, and must come back field for field. Run one failing map again with the seed its message
 * names: {@code -Droundtrip.seed=<seed> -Droundtrip.maps=1}.
 */
class ArgdownRoundTripPropertyTest {
    private static final long SEED = Long.getLong("roundtrip.seed", 20_261_206L);
    private static final int MAPS = Integer.getInteger("roundtrip.maps", 2_000);

    @Test
    void every_generated_map_reads_back_the_same_after_writing() {
        List<String> failures = new ArrayList<>();
        String first = null;
        for (int i = 0; i < MAPS; i++) {
            long seed = SEED + i;
            String failure = failure(new Generator(new Random(seed)).map("map-" + i));
            if (failure == null) continue;
            failures.add("seed " + seed + ": " + failure.lines().findFirst().orElse(""));
            if (first == null) first = failure;
        }
        assertThat(failures).as("%d of %d maps do not read back the same (run one again with -Droundtrip.seed=<seed>"
                + " -Droundtrip.maps=1); the first in full:%n%s", failures.size(), MAPS, first).isEmpty();
    }

    /** What goes wrong with one map, or null when it reads back the same. */
    private static String failure(ArgumentMap map) {
        String written = new ArgdownWriter().write(map);
        ReadResult read;
        try {
            read = new ArgdownReader().read(map.id() + ".argdown", written);
        } catch (MapFileException e) {
            return "refused: " + e.getMessage() + "\nwritten:\n" + written;
        }
        List<String> differences = differences(map, read.map());
        if (!read.warnings().isEmpty()) differences.add("warnings: " + read.warnings());
        if (differences.isEmpty()) {
            String again = new ArgdownWriter().write(read.map());
            if (!again.equals(written)) differences.add("writing what was read gives another text: " + firstDifference(written, again));
        }
        return differences.isEmpty() ? null : String.join("\n", differences) + "\nwritten:\n" + written;
    }

    @Test
    void a_title_with_html_and_a_markdown_link_is_exported_and_imported_unchanged() {
        // given
        ArgumentMap map = new ArgumentMap("links", "Links");
        map.putClaim(new Claim("a", "Use <b> tags [see](http://example.org)", "Use <b> tags [see](http://example.org)",
                null, null, null, null, null, null, null, null));
        // when
        String problem = failure(map);
        // then
        assertThat(problem).isNull();
    }

    // ---- comparing ----

    /**
     * Every field that differs, named; empty for the same map. The generated map was built through
     * the model, so it holds the model's own normal form of every text (stripped, blank as none, a
     * title or tag on one line): that is what must come back, nothing more lenient.
     */
    private static List<String> differences(ArgumentMap expected, ArgumentMap actual) {
        List<String> out = new ArrayList<>();
        differ(out, "map title", expected.title(), actual.title());
        differ(out, "map description", expected.description(), actual.description());
        differ(out, "claim ids", expected.claimIds(), actual.claimIds());
        for (Claim want : expected.claims()) {
            Claim got = actual.claim(want.id()).orElse(null);
            if (got == null) continue;
            String c = "claim " + want.id() + " ";
            // the writer names a claim without a title by its id, and it is read back with that title
            differ(out, c + "title", want.title() != null ? want.title() : want.id(), got.title());
            differ(out, c + "text", want.text(), got.text());
            differ(out, c + "original", want.originalText(), got.originalText());
            differ(out, c + "lang", want.language(), got.language());
            differ(out, c + "kind", want.kind(), got.kind());
            differ(out, c + "actors", want.actors(), got.actors());
            differ(out, c + "tags", want.tags(), got.tags());
            differ(out, c + "source", want.source(), got.source());
            differ(out, c + "proposition", want.proposition(), got.proposition());
            differ(out, c + "side", want.assertedBy(), got.assertedBy());
            differ(out, c + "weight", want.weight(), got.weight());
            differ(out, c + "preferred-over", want.preferredOver(), got.preferredOver());
            Claim titled = want.title() != null ? want : new Claim(want.id(), want.id(), want.text(), want.originalText(),
                    want.language(), want.kind(), want.actors(), want.tags(), want.source(), want.proposition(),
                    want.assertedBy(), want.weight(), want.preferredOver());
            if (!titled.equals(got) && out.stream().noneMatch(d -> d.startsWith(c))) out.add(c + "differs in a field not named here");
        }
        differ(out, "supports", Set.copyOf(expected.supports()), Set.copyOf(actual.supports()));
        differ(out, "attacks", Set.copyOf(expected.attacks()), Set.copyOf(actual.attacks()));
        differ(out, "oppositions", Set.copyOf(expected.oppositions()), Set.copyOf(actual.oppositions()));
        Map<String, Argument> arguments = new LinkedHashMap<>();
        actual.arguments().forEach(a -> arguments.put(a.id(), a));
        differ(out, "argument ids", ids(expected.arguments(), Argument::id), ids(actual.arguments(), Argument::id));
        for (Argument want : expected.arguments()) {
            Argument got = arguments.get(want.id());
            if (got == null) continue;
            String a = "argument " + want.id() + " ";
            // as for claims: an argument without a title is written, and read back, under its id
            differ(out, a + "title", want.title() != null ? want.title() : want.id(), got.title());
            differ(out, a + "description", want.description(), got.description());
            differ(out, a + "premises", want.premises(), got.premises());
            differ(out, a + "conclusion", want.conclusion(), got.conclusion());
            Argument titled = new Argument(want.id(), want.title() != null ? want.title() : want.id(), want.description(),
                    want.premises(), want.conclusion());
            if (!titled.equals(got) && out.stream().noneMatch(d -> d.startsWith(a))) out.add(a + "differs in a field not named here");
        }
        return out;
    }

    private static String firstDifference(String first, String second) {
        List<String> a = first.lines().toList(), b = second.lines().toList();
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) n++;
        return "line " + (n + 1) + " " + shown(n < a.size() ? a.get(n) : null) + " became " + shown(n < b.size() ? b.get(n) : null);
    }

    private static <T> Set<String> ids(java.util.Collection<T> items, Function<T, String> id) {
        Set<String> ids = new LinkedHashSet<>();
        items.forEach(item -> ids.add(id.apply(item)));
        return ids;
    }

    private static void differ(List<String> out, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) out.add(what + ": expected " + shown(expected) + " but read " + shown(actual));
    }

    /** A value with its invisible characters made visible, so that a message shows what differs. */
    private static String shown(Object value) {
        if (value == null) return "null";
        StringBuilder out = new StringBuilder("«");
        String s = value.toString();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || Character.getType(cp) == Character.FORMAT
                    || Character.isWhitespace(cp) && cp != ' ' || (cp >= 0xE000 && cp < 0xF900)) {
                out.append(String.format("\\u{%X}", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('»').toString();
    }

    // ---- generating ----

    /** One seeded map: claims with hostile texts in every field, and every kind of relation between them. */
    static final class Generator {
        private static final String[] WORDS = {"Russia", "Turkey", "war", "claim", "x", "A", "b", "Ünïcödé", "naïve",
                "中文", "日本語", "한국어", "Ελληνικά", "кириллица", "हिन्दी", "2020", "0.5", "it's", "C#", "a_b", "e-mail"};
        private static final String[] SYNTAX = {"[", "]", "<", ">", "{", "}", "(", ")", "#", "*", "_", "\\", "`", "+",
                "-", ":", "@", "/", "//", "/*", "*/", "===", "+>", "<_", "_>", "><", "<-", "->", "<+", "-->", "<!--",
                "---", "----", "--", "(1)", "(12)", "1.", "* ", "# ", "## ", "@[", "@<", "](", "[x]", "<y>", "<b>",
                "[see](http://example.org)", "[a  b](x)", "@[Mention]", "@<Arg>", "#tag", "#(two words)",
                "http://example.org/a#b", "**bold**", "_it_", "\\n", "\\[", ".<->.", "{id: x}", "!", "|", "=", "~", "^",
                "$", "%", "&", "?", ",", ";", ".", "\\\\", "\\ ", "[[", "]]", "<<", ">>"};
        private static final String[] YAML = {": ", "\"", "'", "!", "&", "*", "?", "|", "%", "@", "`", "yes", "no",
                "null", "true", "false", "~", "- ", "Null", "NULL", "Yes", "off", "on", "y", "n", "1e3", "0x1F", "2020",
                "-5", ".inf", ".nan", "<<", " #", "---", "...", "|-", "!!str", "&a", "*a", "%YAML", "\\x41", "\\u0041"};
        private static final String[] QUOTES = {"\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」",
                "『", "』", "〝", "〞", "＂", "＇", "′", "″", "`", "´"};
        private static final String[] EMOJI = {"😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇮🇩", "🇦🇲", "🇦🇿", "🇹🇷",
                "🇷🇺", "❤️", "1️⃣", "🧑🏾‍💻", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "👩🏻‍🤝‍👩🏿", "🤷‍♀️"};
        private static final String[] RTL = {"مرحبا", "العربية", "שלום", "עברית", "فارسی", "\u200E", "\u200F",
                "سلام\u200F", "\u200Fא", "abc\u200Eمرحبا"};
        private static final String[] COMBINING = {"e\u0301", "a\u0308", "\u0301", "\u0308\u0301", "Z\u0324\u0348\u032D",
                "\u0627\u064E", "n\u0303", "\u20DD", "\u0BCD"};
        /** Spaces of every width, zero-width ones and the line and paragraph separators. */
        private static final String[] SPACES = {" ", "  ", "   ", "\t", " \t ", "\u00A0", "\u3000", "\u2003", "\u2009",
                "\u202F", "\u200B", "\u2060", "\uFEFF", "\u2028", "\u2029", "\u1680", "\u180E"};
        private static final String[] BREAKS = {"\n", "\r\n", "\r", "\n\n", " \n ", "\n\t", "\r\r\n"};
        /** Private-use and other rare characters, some in the range the reader uses for escaped ones. */
        private static final String[] RARE = {"\uE000", "\uE05B", "\uE05D", "\uE07F", "\uE080", "\uF8FF", "\uFFFD",
                "\uFFFC", "\uFDD0", "\uD83F\uDFFE", "\uDB40\uDC01", "\u00AD", "ǅ", "ß", "İ", "ﬁ"};
        private static final String[][] PIECES = {WORDS, WORDS, SYNTAX, SYNTAX, YAML, QUOTES, EMOJI, RTL, COMBINING, RARE};

        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        ArgumentMap map(String id) {
            ArgumentMap map = new ArgumentMap(id, text(true));
            if (chance(0.7)) map.setDescription(text(true));
            int size = random.nextInt(9);
            List<String> ids = new ArrayList<>();
            for (int c = 0; c < size; c++) {
                String claimId = id("c" + c);
                ids.add(ids.contains(claimId) ? "c" + c : claimId);
            }
            // no title is another's id either: a claim or argument without a title is written under its id
            Set<String> titles = new LinkedHashSet<>(ids);
            for (String claimId : ids) map.putClaim(claim(claimId, ids, titles));
            if (ids.size() >= 2) relations(map, ids, titles);
            return map;
        }

        /**
         * Ids as the application makes them, from a title in kebab case ("yes", "null" and "2020" among
         * them), sometimes after {@code unique}, else {@code unique} itself.
         */
        private String id(String unique) {
            String slug = chance(0.6) ? Text.slug(text(false)) : null;
            if (slug == null || slug.length() > 40) return unique;
            return chance(0.5) ? slug : unique + "-" + slug;
        }

        private Claim claim(String id, List<String> ids, Set<String> titles) {
            String title = chance(0.9) ? uniqueTitle(titles) : null;
            List<String> tags = new ArrayList<>();
            if (chance(0.15)) tags.add(MapBuilder.ARGUMENT_TAG); // read from a sketched argument, written as one again
            for (int t = random.nextInt(4); t > 0; t--) tags.add(chance(0.5) ? pick(WORDS) : text(true));
            List<String> actors = new ArrayList<>();
            for (int a = random.nextInt(4); a > 0; a--) actors.add(text(true));
            Source source = chance(0.6) ? new Source(maybe(true), maybe(true), maybe(true)) : null;
            Proposition proposition = chance(0.3) ? new Proposition(nonBlank(), nonBlank(), nonBlank(), span()) : null;
            List<String> preferred = new ArrayList<>();
            for (int p = random.nextInt(3); p > 0; p--) {
                String over = chance(0.8) ? ids.get(random.nextInt(ids.size())) : "elsewhere-" + random.nextInt(9);
                if (!over.equals(id)) preferred.add(over);
            }
            return new Claim(id, title, text(true), maybe(true), chance(0.3) ? text(false) : null,
                    ClaimKind.values()[random.nextInt(3)], actors, tags, source, proposition, maybe(true), weight(),
                    preferred);
        }

        /**
         * A title no other claim or argument has (after the model's normalising): two claims of one
         * title are written under distinct titles on purpose, as ArgdownRoundTripTest pins.
         */
        private String uniqueTitle(Set<String> taken) {
            for (int attempt = 0; ; attempt++) {
                String title = text(true);
                String normalised = new Claim("probe", title, "", null, null, null, null, null, null, null, null).title();
                if (normalised != null && taken.add(normalised)) return title;
                if (attempt > 20) return null;
            }
        }

        private void relations(ArgumentMap map, List<String> ids, Set<String> titles) {
            for (int a = random.nextInt(3); a > 0; a--) argument(map, ids, titles, "a" + a);
            for (int s = random.nextInt(5); s > 0; s--) {
                String from = pick(ids), to = pick(ids);
                if (!from.equals(to) && map.support(Support.id(from, to)).isEmpty()) map.addSupport(new Support(from, to));
            }
            for (int s = random.nextInt(5); s > 0; s--) {
                String from = pick(ids), to = pick(ids);
                if (!from.equals(to)) map.addAttack(Attack.onClaim(from, to));
            }
            List<Support> supports = List.copyOf(map.supports());
            for (int u = supports.isEmpty() ? 0 : random.nextInt(3); u > 0; u--) {
                Support target = supports.get(random.nextInt(supports.size()));
                String from = pick(ids);
                // Argdown undercuts an inference: an undercut of an argued support hits the support of every
                // premise of its step (one that two arguments share too)
                List<Support> hit = target.argumentId() == null ? List.of(target)
                        : map.argument(target.argumentId()).orElseThrow().premises().stream()
                                .map(p -> map.support(Support.id(p, target.to())).orElseThrow()).toList();
                hit.forEach(s -> map.addAttack(Attack.onSupport(from, s)));
            }
            for (int o = random.nextInt(4); o > 0; o--) {
                String a = pick(ids), b = pick(ids);
                Opposition.Type type = chance(0.5) ? Opposition.Type.CONTRARY : Opposition.Type.CONTRADICTORY;
                // an opposition is symmetric: the reader keeps one of (a, b) and (b, a)
                if (!a.equals(b) && !map.oppositions().contains(new Opposition(b, a, type))) {
                    map.addOpposition(new Opposition(a, b, type));
                }
            }
        }

        /** A premise–conclusion structure of one or more steps, the steps named as the reader names them. */
        private void argument(ArgumentMap map, List<String> ids, Set<String> titles, String unique) {
            String candidate = id(unique);
            // step ids are the argument's id with "-step-N": no other argument may have one of them
            boolean taken = map.arguments().stream().anyMatch(a -> a.id().equals(candidate) || a.id().startsWith(candidate + MapBuilder.STEP)
                    || candidate.startsWith(a.id() + MapBuilder.STEP));
            String id = taken ? unique : candidate;
            titles.add(id);
            String title = chance(0.85) ? uniqueTitle(titles) : null;
            String description = chance(0.6) ? text(true) : null;
            int stepCount = 1 + (chance(0.3) ? random.nextInt(3) : 0);
            List<Argument> steps = new ArrayList<>();
            String previous = null;
            Set<String> used = new LinkedHashSet<>();
            for (int s = 1; s <= stepCount; s++) {
                List<String> free = ids.stream().filter(c -> !used.contains(c)).toList();
                if (free.size() < (previous == null ? 2 : 1)) break;
                String conclusion = free.get(random.nextInt(free.size()));
                List<String> premises = new ArrayList<>();
                if (previous != null) premises.add(previous);
                int wanted = previous == null ? 1 + random.nextInt(3) : random.nextInt(3);
                for (String c : shuffled(free)) {
                    if (premises.size() - (previous == null ? 0 : 1) >= wanted) break;
                    // two arguments with an inference from one claim to another could not be undercut apart
                    // in Argdown (an undercut hits an inference whole, and the map gives the support to one)
                    if (!c.equals(conclusion) && map.support(Support.id(c, conclusion)).isEmpty()) premises.add(c);
                }
                if (previous != null && map.support(Support.id(previous, conclusion)).isPresent()) break;
                if (premises.isEmpty()) break;
                used.addAll(premises);
                used.add(conclusion);
                steps.add(new Argument(id, title, description, premises, conclusion));
                previous = conclusion;
            }
            if (steps.isEmpty()) return;
            Argument last = steps.getLast();
            String shown = last.title() != null ? last.title() : last.id();
            for (int s = 0; s < steps.size() - 1; s++) {
                Argument step = steps.get(s);
                map.addArgument(new Argument(id + MapBuilder.STEP + (s + 1), shown + " (step " + (s + 1) + ")", null,
                        step.premises(), step.conclusion()));
            }
            map.addArgument(last);
        }

        private List<String> shuffled(List<String> items) {
            List<String> copy = new ArrayList<>(items);
            java.util.Collections.shuffle(copy, random);
            return copy;
        }

        private TimeSpan span() {
            Integer from = chance(0.6) ? year() : null;
            Integer to = chance(0.6) ? year() : null;
            if (from != null && to != null && to < from) return new TimeSpan(to, from);
            return new TimeSpan(from, to);
        }

        private Integer year() {
            return switch (random.nextInt(6)) {
                case 0 -> Integer.MIN_VALUE + random.nextInt(2);
                case 1 -> Integer.MAX_VALUE - random.nextInt(2);
                case 2 -> -random.nextInt(5000);
                default -> 1900 + random.nextInt(200);
            };
        }

        private Double weight() {
            return switch (random.nextInt(6)) {
                case 0 -> null;
                case 1 -> 0.0;
                case 2 -> 1.0;
                case 3 -> Double.MIN_VALUE * random.nextInt(1000);
                default -> random.nextDouble();
            };
        }

        private String maybe(boolean lineBreaks) {
            return chance(0.6) ? text(lineBreaks) : null;
        }

        private String nonBlank() {
            String text;
            do {
                text = text(true);
            } while (text.isBlank());
            return text;
        }

        /** A text of hostile pieces, sometimes blank, sometimes a single very long word. */
        String text(boolean lineBreaks) {
            if (chance(0.04)) return pick(new String[] {"", " ", "\t", "  \t ", "\n", "\u3000"});
            if (chance(0.03)) return longWord();
            StringBuilder out = new StringBuilder();
            if (chance(0.1)) out.append(pick(SPACES));
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                out.append(pick(PIECES[random.nextInt(PIECES.length)]));
                if (n > 1) {
                    double r = random.nextDouble();
                    if (r < 0.55) out.append(' ');
                    else if (r < 0.75) out.append(pick(SPACES));
                    else if (r < 0.85 && lineBreaks) out.append(pick(BREAKS));
                }
            }
            if (chance(0.02)) out.append(' ').append(longWord());
            if (chance(0.1)) out.append(pick(SPACES));
            String text = out.toString();
            if (TypedText.firstForbidden(text) >= 0) throw new IllegalStateException("generated a refused character");
            return text;
        }

        private String longWord() {
            int length = 500 + random.nextInt(400);
            StringBuilder word = new StringBuilder();
            boolean letters = chance(0.5);
            String unit = pick(PIECES[random.nextInt(PIECES.length)]);
            while (word.length() < length) {
                if (letters) word.append((char) ('a' + random.nextInt(26)));
                else word.append(unit);
            }
            return word.toString();
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        private String pick(String[] items) {
            return items[random.nextInt(items.length)];
        }

        private String pick(List<String> items) {
            return items.get(random.nextInt(items.size()));
        }
    }
}
