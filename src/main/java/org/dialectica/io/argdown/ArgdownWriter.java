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
    // markdown links and mentions the reader keeps as they are, so they need no escapes
    private static final Pattern VERBATIM = Pattern.compile(
            "\\[[^\\[\\]\\n#\\\\{}<>]+\\]\\([^()\\s\\\\{}<>]+\\)|@\\[[^\\[\\]\\n#\\\\{}<>/]+\\]|@<[^\\[\\]\\n#\\\\{}<>/]+>");
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
            out.append("title: ").append(yaml(map.title())).append('\n');
            if (map.description() != null) out.append("description: ").append(yaml(map.description())).append('\n');
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

        private List<Support> undercutDrawnSupports() {
            Set<String> undercut = new LinkedHashSet<>();
            for (Attack attack : map.attacks()) {
                if (attack.onSupport()) undercut.add(attack.target());
            }
            List<Support> drawn = new ArrayList<>();
            for (String id : undercut) {
                map.support(id).filter(s -> !isArgued(s)).ifPresent(drawn::add);
            }
            return drawn;
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
            String title = wanted.strip().replaceAll("\\s+", " ");
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
            out.append(sketch ? "<" + title(sketchTitles.get(claim.id())) + ">: " : "[" + title(statementTitles.get(claim.id())) + "]: ");
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
            for (String title : undercuts) out.append("  _> <").append(title(title)).append(">\n");
        }

        private void chain(Chain chain) {
            Argument last = chain.last();
            out.append('\n').append('<').append(title(chain.title())).append('>');
            if (last.description() != null) out.append(": ").append(text(last.description()));
            out.append(" {id: ").append(yaml(last.id())).append("}\n");
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
            out.append('\n').append('<').append(title(title)).append("> {").append(MapBuilder.DRAWN).append(": true}\n\n");
            out.append("(1) ").append(ref(support.from())).append('\n');
            out.append("----\n");
            out.append("(2) ").append(ref(support.to())).append('\n');
        }

        private String ref(String claimId) {
            String sketch = sketchTitles.get(claimId);
            return sketch != null ? "<" + title(sketch) + ">" : "[" + title(statementTitles.get(claimId)) + "]";
        }

        /** The claim's fields; a contrary has no Argdown notation outside strict mode, so it is data too. */
        private static String data(Claim claim, List<String> contraries) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", claim.id());
            fields.put("kind", claim.kind().word());
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

        /** A YAML flow scalar: plain when nothing in it could be misread, else double-quoted. */
        static String yaml(String value) {
            if (PLAIN_YAML.matcher(value).matches() && !value.endsWith(" ")
                    && !YAML_WORDS.contains(value.toLowerCase(Locale.ROOT))) {
                return value;
            }
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    case '\r' -> quoted.append("\\r");
                    case '\t' -> quoted.append("\\t");
                    default -> {
                        if (c < 0x20 || c == 0x7F) quoted.append(String.format("\\x%02X", (int) c));
                        else quoted.append(c);
                    }
                }
            }
            return quoted.append('"').toString();
        }

        /** Statement text with every character the reader would take for syntax escaped. */
        static String text(String text) {
            StringBuilder out = new StringBuilder();
            String flat = text.replaceAll("[\\r\\n]+", " ");
            java.util.regex.Matcher verbatim = VERBATIM.matcher(flat);
            for (int i = 0; i < flat.length(); i++) {
                char c = flat.charAt(i);
                if ((c == '[' || c == '@') && verbatim.find(i) && verbatim.start() == i) {
                    out.append(verbatim.group());
                    i = verbatim.end() - 1;
                    continue;
                }
                char next = i + 1 < flat.length() ? flat.charAt(i + 1) : 0;
                boolean tagStart = c == '#' && (i == 0 || Character.isWhitespace(flat.charAt(i - 1)));
                boolean commentStart = c == '/' && (next == '/' || next == '*');
                if ("\\[]<>{}".indexOf(c) >= 0 || tagStart || commentStart) out.append('\\');
                out.append(c);
            }
            return out.toString();
        }

        static String title(String title) {
            return text(title);
        }

        static String tag(String tag) {
            if (TAG_WORD.matcher(tag).matches()) return "#" + tag;
            return "#(" + text(tag).replace(")", "\\)") + ")";
        }
    }
}
