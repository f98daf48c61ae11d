package org.dialectica.io.argdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;

/**
 * Writes a map in Dialectica's Argdown dialect (docs/map-format.md), so that {@link ArgdownReader}
 * reads back the same claims, arguments and relations: every claim as {@code [Title]: text #tags}
 * with all its fields in a {@code {…}} data element, drawn relations as lines under their target,
 * arguments as premise–conclusion structures. A drawn support that is undercut has no Argdown
 * notation of its own; it is written as a one-premise argument marked {@code drawn: true}.
 */
public final class ArgdownWriter {
    private static final Pattern TAG_WORD = Pattern.compile("[A-Za-z0-9_\\-\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]+");
    private static final Pattern PLAIN_YAML = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.\\-/]*");
    // markdown links and mentions the reader keeps as they are, so they need no escapes: no character
    // in them that the reader would change, nor two whitespace characters in a row (it would join them)
    private static final Pattern VERBATIM = Pattern.compile(
            "\\[(?:[^\\[\\]#\\\\{}<>\\s]| (?! ))+\\]\\([^()\\s\\\\{}<>]+\\)"
                    + "|@\\[(?:[^\\[\\]#\\\\{}<>/\\s]| (?! ))+\\]|@<(?:[^\\[\\]#\\\\{}<>/\\s]| (?! ))+>");
    /** What the reader takes for whitespace: a run of it is read as one space. */
    private static final String WHITESPACE = " \t\n\u000B\f\r";
    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");
    /** Whitespace in Argdown's own (JavaScript) lexer, as written raw inside a quoted YAML value. */
    private static final String ARGDOWN_SPACE = " \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
            + "\u202F\u205F\u3000\uFEFF";
    private static final Set<String> YAML_WORDS = Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");

    public String write(ArgumentMap map) {
        return new Writing(map).text();
    }

    /** One argument written as one premise–conclusion structure: its inference steps in order. */
    private record Chain(String title, Argument last, List<Argument> steps) {}

    /** The state of writing one map; a new one for every call. */
    private static final class Writing {
        private final ArgumentMap map;
        private final StringBuilder out = new StringBuilder();
        private final Map<String, String> statementTitles = new HashMap<>();
        private final Map<String, String> sketchTitles = new HashMap<>();
        private final Set<String> usedStatementTitles = new HashSet<>();
        private final Set<String> usedArgumentTitles = new HashSet<>();
        private final List<Chain> chains = new ArrayList<>();
        /** Argument id → its chain and step index. */
        private final Map<String, Object[]> steps = new HashMap<>();
        /** Drawn supports that are undercut, each with the title of the argument that carries it. */
        private final Map<String, String> drawnTitles = new LinkedHashMap<>();

        Writing(ArgumentMap map) {
            this.map = map;
        }

        String text() {
            frontMatter();
            planArguments();
            planClaims();
            planDrawnSupports();
            for (Claim claim : map.claims()) claim(claim);
            for (Chain chain : chains) chain(chain);
            for (Map.Entry<String, String> drawn : drawnTitles.entrySet()) drawnSupport(drawn.getKey(), drawn.getValue());
            return out.toString();
        }

        private void frontMatter() {
            out.append("===\n");
            out.append("title: ").append(frontMatterYaml(map.title())).append('\n');
            if (map.description() != null) out.append("description: ").append(frontMatterYaml(map.description())).append('\n');
            out.append("===\n");
        }

        // ---- planning: who is written how, under which unique title ----

        /** The reader names steps "id-step-N"; a chain of such steps is written back as one structure. */
        private void planArguments() {
            Set<String> earlierSteps = new HashSet<>();
            for (Argument argument : map.arguments()) {
                List<Argument> chain = chainOf(argument);
                chain.subList(0, chain.size() - 1).forEach(step -> earlierSteps.add(step.id()));
            }
            for (Argument argument : map.arguments()) {
                if (earlierSteps.contains(argument.id())) continue;
                List<Argument> chain = chainOf(argument);
                String title = unique(usedArgumentTitles, argument.title() != null ? argument.title() : argument.id(), argument.id());
                Chain written = new Chain(title, argument, chain);
                chains.add(written);
                for (int s = 0; s < chain.size(); s++) steps.put(chain.get(s).id(), new Object[] {written, s});
            }
        }

        /** The steps "id-step-1", "id-step-2" … and the argument itself, if they chain; else the argument alone. */
        private List<Argument> chainOf(Argument argument) {
            List<Argument> chain = new ArrayList<>();
            for (int n = 1; map.argument(argument.id() + MapBuilder.STEP + n).isPresent(); n++) {
                chain.add(map.argument(argument.id() + MapBuilder.STEP + n).get());
            }
            chain.add(argument);
            return chain.size() > 1 && isChain(chain) ? List.copyOf(chain) : List.of(argument);
        }

        /** Each step after the first must start from the previous step's conclusion. */
        private static boolean isChain(List<Argument> chain) {
            for (int s = 0; s < chain.size(); s++) {
                Argument step = chain.get(s);
                if (!step.isReconstructed()) return false;
                if (s > 0 && !step.premises().get(0).equals(chain.get(s - 1).conclusion())) return false;
            }
            return true;
        }

        /** Claims read from sketched arguments ({@code argument} tag first) go back to {@code <Title>: text}. */
        private void planClaims() {
            Set<String> inStructures = new HashSet<>();
            for (Argument argument : map.arguments()) {
                inStructures.addAll(argument.premises());
                if (argument.conclusion() != null) inStructures.add(argument.conclusion());
            }
            for (Support support : undercutDrawnSupports()) {
                inStructures.add(support.from());
                inStructures.add(support.to());
            }
            for (Claim claim : map.claims()) {
                String title = claim.title() != null ? claim.title() : claim.id();
                boolean sketch = !claim.tags().isEmpty() && claim.tags().get(0).equals(MapBuilder.ARGUMENT_TAG)
                        && !inStructures.contains(claim.id());
                if (sketch) sketchTitles.put(claim.id(), unique(usedArgumentTitles, title, claim.id()));
                else statementTitles.put(claim.id(), unique(usedStatementTitles, title, claim.id()));
            }
        }

        private void planDrawnSupports() {
            for (Support support : undercutDrawnSupports()) {
                String title = unique(usedArgumentTitles, "Drawn support from " + support.from() + " to " + support.to(),
                        support.id());
                drawnTitles.put(support.id(), title);
            }
        }

        /** In the map's order of supports, which is the order they are read back in. */
        private List<Support> undercutDrawnSupports() {
            Set<String> undercut = new HashSet<>();
            for (Attack attack : map.attacks()) {
                if (attack.onSupport()) undercut.add(attack.target());
            }
            return map.supports().stream().filter(s -> undercut.contains(s.id()) && !isArgued(s)).toList();
        }

        /** True for a support that a written premise–conclusion structure carries. */
        private boolean isArgued(Support support) {
            if (support.argumentId() == null) return false;
            return map.argument(support.argumentId())
                    .filter(a -> a.isReconstructed() && a.premises().contains(support.from())
                            && support.to().equals(a.conclusion()))
                    .isPresent();
        }

        private static String unique(Set<String> used, String wanted, String id) {
            // the exact title: the reader keeps whitespace written escaped, so "a  b" and "a b" are two titles
            String title = wanted.strip();
            if (title.isEmpty()) title = id;
            if (used.contains(title)) title = title + " (" + id + ")";
            String base = title;
            for (int n = 2; used.contains(title); n++) title = base + " " + n;
            used.add(title);
            return title;
        }

        // ---- writing ----

        private void claim(Claim claim) {
            boolean sketch = sketchTitles.containsKey(claim.id());
            out.append('\n');
            out.append(sketch ? "<" + argumentTitle(sketchTitles.get(claim.id())) + ">: " : "[" + title(statementTitles.get(claim.id())) + "]: ");
            out.append(text(claim.text()));
            List<String> tags = sketch ? claim.tags().subList(1, claim.tags().size()) : claim.tags();
            for (String tag : tags) out.append(' ').append(tag(tag));
            out.append('\n');
            List<String> contraries = map.oppositions().stream()
                    .filter(o -> o.type() == Opposition.Type.CONTRARY && o.a().equals(claim.id())).map(Opposition::b).toList();
            out.append("  ").append(data(claim, contraries)).append('\n');
            for (Support support : map.supports()) {
                if (support.to().equals(claim.id()) && !isArgued(support) && !drawnTitles.containsKey(support.id())) {
                    out.append("  + ").append(ref(support.from())).append('\n');
                }
            }
            for (Attack attack : map.attacks()) {
                if (!attack.onSupport() && attack.target().equals(claim.id())) {
                    out.append("  - ").append(ref(attack.from())).append('\n');
                }
            }
            for (Opposition opposition : map.oppositions()) {
                if (opposition.type() == Opposition.Type.CONTRADICTORY && opposition.a().equals(claim.id())) {
                    out.append("  >< ").append(ref(opposition.b())).append('\n');
                }
            }
            Set<String> undercuts = new LinkedHashSet<>();
            for (Attack attack : map.attacks()) {
                if (!attack.onSupport() || !attack.from().equals(claim.id())) continue;
                Support support = map.support(attack.target()).orElseThrow();
                if (drawnTitles.containsKey(support.id())) {
                    undercuts.add(drawnTitles.get(support.id()));
                } else if (isArgued(support)) {
                    Object[] step = steps.get(support.argumentId());
                    Chain chain = (Chain) step[0];
                    if ((int) step[1] == chain.steps().size() - 1) undercuts.add(chain.title());
                }
            }
            for (String title : undercuts) out.append("  _> <").append(argumentTitle(title)).append(">\n");
        }

        private void chain(Chain chain) {
            Argument last = chain.last();
            out.append('\n').append('<').append(argumentTitle(chain.title())).append('>');
            if (last.description() != null) out.append(": ").append(text(last.description()));
            out.append(" {id: ").append(yaml(last.id()));
            if (!fitsOneLine(last.description())) out.append(", ").append(MapBuilder.TEXT).append(": ").append(yaml(last.description()));
            out.append("}\n");
            if (!last.isReconstructed()) return;
            out.append('\n');
            int number = 1;
            for (int s = 0; s < chain.steps().size(); s++) {
                Argument step = chain.steps().get(s);
                List<String> premises = s == 0 ? step.premises() : step.premises().subList(1, step.premises().size());
                for (String premise : premises) out.append('(').append(number++).append(") ").append(ref(premise)).append('\n');
                out.append("----\n");
                if (s < chain.steps().size() - 1) {
                    for (String attacker : stepUndercuts(step)) out.append("    <_ ").append(ref(attacker)).append('\n');
                }
                out.append('(').append(number++).append(") ").append(ref(step.conclusion())).append('\n');
            }
        }

        /** Claims undercutting a step that is not the last; they are written under its inference line. */
        private Set<String> stepUndercuts(Argument step) {
            Set<String> attackers = new LinkedHashSet<>();
            for (Attack attack : map.attacks()) {
                if (!attack.onSupport()) continue;
                map.support(attack.target()).filter(s -> step.id().equals(s.argumentId()) && isArgued(s))
                        .ifPresent(s -> attackers.add(attack.from()));
            }
            return attackers;
        }

        private void drawnSupport(String supportId, String title) {
            Support support = map.support(supportId).orElseThrow();
            out.append('\n').append('<').append(argumentTitle(title)).append("> {").append(MapBuilder.DRAWN).append(": true}\n\n");
            out.append("(1) ").append(ref(support.from())).append('\n');
            out.append("----\n");
            out.append("(2) ").append(ref(support.to())).append('\n');
        }

        private String ref(String claimId) {
            String sketch = sketchTitles.get(claimId);
            return sketch != null ? "<" + argumentTitle(sketch) + ">" : "[" + title(statementTitles.get(claimId)) + "]";
        }

        /** The claim's fields; a contrary has no Argdown notation outside strict mode, so it is data too. */
        private static String data(Claim claim, List<String> contraries) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", claim.id());
            fields.put("kind", claim.kind().word());
            if (!fitsOneLine(claim.text())) fields.put(MapBuilder.TEXT, claim.text());
            if (!claim.actors().isEmpty()) fields.put("actors", claim.actors());
            Source source = claim.source();
            if (source != null) {
                fields.put("paper", source.paper());
                fields.put("locator", source.locator());
                fields.put("quote", source.quote());
            }
            fields.put("original", claim.originalText());
            fields.put("lang", claim.language());
            Proposition p = claim.proposition();
            if (p != null) {
                fields.put("subject", p.subject());
                fields.put("dimension", p.dimension());
                fields.put("direction", p.direction());
                fields.put("from", p.span().from());
                fields.put("to", p.span().to());
            }
            fields.put("side", claim.assertedBy());
            fields.put("weight", claim.weight());
            if (!claim.preferredOver().isEmpty()) fields.put("preferred-over", claim.preferredOver());
            if (!contraries.isEmpty()) fields.put(MapBuilder.CONTRARY, contraries);
            StringBuilder data = new StringBuilder("{");
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                Object value = field.getValue();
                if (value == null) continue;
                if (data.length() > 1) data.append(", ");
                data.append(field.getKey()).append(": ");
                if (value instanceof List<?> list) {
                    data.append('[');
                    for (int i = 0; i < list.size(); i++) data.append(i > 0 ? ", " : "").append(yaml((String) list.get(i)));
                    data.append(']');
                } else if (value instanceof Integer year) {
                    data.append(year);
                } else if (value instanceof Double weight) {
                    data.append(weight);
                } else {
                    data.append(yaml((String) value));
                }
            }
            return data.append('}').toString();
        }

        /** A value of the front matter, which Argdown's own lexer ends at the first '=' it meets. */
        static String frontMatterYaml(String value) {
            String yaml = yaml(value);
            return yaml.startsWith("\"") ? yaml.replace("=", "\\x3D") : yaml;
        }

        /** A YAML flow scalar: plain when nothing in it could be misread, else double-quoted. */
        static String yaml(String value) {
            if (PLAIN_YAML.matcher(value).matches() && !value.endsWith(" ")
                    && !YAML_WORDS.contains(value.toLowerCase(Locale.ROOT))) {
                return value;
            }
            StringBuilder quoted = new StringBuilder("\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                // Argdown's own lexer ends a data element at a '}' followed by whitespace, even in quotes
                if (c == '}' && i + 1 < value.length() && ARGDOWN_SPACE.indexOf(value.charAt(i + 1)) >= 0) {
                    quoted.append("\\x7D");
                    continue;
                }
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    case '\r' -> quoted.append("\\r");
                    case '\t' -> quoted.append("\\t");
                    default -> {
                        // YAML 1.1 folds its other line breaks (NEL, LS, PS) like a newline, with the spaces around them
                        if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
                            quoted.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }

        /**
         * Whether Argdown's one line of text holds the text exactly; a text with line breaks, or an
         * empty one, is also written whole in the data ({@code text}).
         */
        static boolean fitsOneLine(String text) {
            return text == null || (!text.isEmpty() && !LINE_BREAK.matcher(text).find());
        }

        /** Statement text with every character the reader would take for syntax escaped. */
        static String text(String text) {
            StringBuilder out = new StringBuilder();
            // the exact text of one with line breaks is in the data; here it reads as one line
            String flat = fitsOneLine(text) ? text : text.strip().replaceAll("\\s+", " ");
            java.util.regex.Matcher verbatim = VERBATIM.matcher(flat);
            for (int i = 0; i < flat.length(); i++) {
                char c = flat.charAt(i);
                if ((c == '[' || c == '@') && verbatim.find(i) && verbatim.start() == i) {
                    out.append(verbatim.group());
                    i = verbatim.end() - 1;
                    // "@[a](" would open a Markdown link, running to the next ')' of the line
                    if (c == '@' && i + 1 < flat.length() && flat.charAt(i + 1) == '(') out.append('\\');
                    continue;
                }
                boolean tagStart = c == '#' && (i == 0 || Character.isWhitespace(flat.charAt(i - 1)));
                if (tagStart) out.append('\\');
                escaped(flat, i, out);
            }
            return out.toString();
        }

        /** A statement title: only the characters that would end it, open a comment, or be joined, are escaped. */
        static String title(String title) {
            String flat = LINE_BREAK.matcher(title).replaceAll(" ");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < flat.length(); i++) {
                // "[a](b" would open a Markdown link, in Argdown as here, and the title would end in it
                if (flat.charAt(i) == '(' && i > 0 && flat.charAt(i - 1) == ']') out.append('\\');
                escaped(flat, i, out);
            }
            return out.toString();
        }

        /** An argument title; at the start of a line '<' and what follows must not read as a relation ('<-', '<+', '<_'). */
        static String argumentTitle(String title) {
            String escaped = title(title);
            return !escaped.isEmpty() && "+-_".indexOf(escaped.charAt(0)) >= 0 ? "\\" + escaped : escaped;
        }

        /**
         * Character {@code i} of {@code text}, escaped if the reader would take it for syntax: brackets,
         * braces, the backslash, a '/' opening a comment, and whitespace the reader would join with the
         * whitespace before it (a run of it reads as one space, so all but a first space are escaped).
         */
        private static void escaped(String text, int i, StringBuilder out) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            boolean commentStart = c == '/' && (next == '/' || next == '*');
            boolean joined = WHITESPACE.indexOf(c) >= 0 && (c != ' ' || i == 0 || WHITESPACE.indexOf(text.charAt(i - 1)) >= 0);
            if ("\\[]<>{}".indexOf(c) >= 0 || commentStart || joined) out.append('\\');
            out.append(c);
        }

        static String tag(String tag) {
            if (TAG_WORD.matcher(tag).matches()) return "#" + tag;
            // a ')' or '#' would end a bracketed tag
            return "#(" + title(tag).replace(")", "\\)").replace("#", "\\#") + ")";
        }
    }
}
