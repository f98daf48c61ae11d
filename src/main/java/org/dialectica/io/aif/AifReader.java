package org.dialectica.io.aif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapText;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.io.aif.AifDocument.At;
import org.dialectica.io.aif.AifDocument.Edge;
import org.dialectica.io.aif.AifDocument.Node;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Opposition;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.Support;
import org.dialectica.map.TimeSpan;
import org.dialectica.map.TypedText;
import tools.jackson.databind.JsonNode;

/**
 * Reads the Argument Interchange Format as AIFdb and OVA3 write it (JSON {@code nodes},
 * {@code edges}, optional {@code locutions} and {@code participants}) into a map: I-nodes become
 * claims, RA nodes supports (several premises: one argument with linked premises; several
 * conclusions: one inference per conclusion), CA nodes attacks (into an RA node: an undercut; named
 * contrary or contradictory: an opposition), PA nodes preferences. What a map cannot hold (rephrases,
 * the dialogue of L, YA and TA nodes, an attack on an attack, a support of an inference) is named
 * in a warning, one per kind with its count, or one per node where its place matters.
 */
public final class AifReader {
    /** IAT locutions are written "Speaker : what was said". */
    private static final Pattern SPOKEN = Pattern.compile("^\\s*([^:\\n]{1,80}?)\\s+:\\s");

    private final List<MapWarning> warnings = new ArrayList<>();
    private AifDocument document;
    private ArgumentMap map;
    private final Map<String, List<Edge>> into = new HashMap<>(), outOf = new HashMap<>();
    /** Claim id of each I-node. */
    private final Map<String, String> claimOf = new HashMap<>();
    /** The supports each RA node became; an undercut attacks them. */
    private final Map<String, List<Support>> inferenceOf = new HashMap<>();
    private int cleanedTexts;

    public ReadResult read(Path file) throws IOException, MapFileException {
        String name = file.getFileName().toString();
        return read(name, MapText.decode(name, Files.readAllBytes(file)));
    }

    /** Reads {@code text} as the file {@code fileName}; the map's id is the file name without extension. */
    public ReadResult read(String fileName, String text) throws MapFileException {
        AifReader reader = new AifReader(); // one reading's state each: a reader may be shared
        return reader.build(fileName, AifDocument.parse(fileName, text));
    }

    private ReadResult build(String fileName, AifDocument parsed) throws MapFileException {
        document = parsed;
        String id = mapId(fileName);
        JsonNode top = document.dialectica;
        map = new ArgumentMap(id, string(top, "title"));
        map.setDescription(string(top, "description"));
        map.setAbstractFramework(top != null && top.path("abstractFramework").asBoolean(false));
        for (Edge edge : document.edges) {
            outOf.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
            into.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge);
        }
        if (document.nodes.isEmpty()) {
            warn(new At(1, 1), "the AIF document holds no nodes: the map is empty");
        }
        claims();
        directEdges();
        for (Node node : document.nodes) if (node.type().equals(Aif.RA)) inference(node);
        if (top != null) unreconstructedArguments(top.path("arguments"));
        for (Node node : document.nodes) if (node.type().equals(Aif.CA)) conflict(node);
        notKept();
        if (cleanedTexts > 0) {
            warn(new At(1, 1), cleanedTexts + (cleanedTexts == 1 ? " text held" : " texts held")
                    + " invisible control characters (NUL, escape, bidirectional overrides …); they were taken out");
        }
        return new ReadResult(map, warnings);
    }

    // ---- I and PA nodes: claims with their preferences and speakers ----

    private void claims() throws MapFileException {
        Set<String> taken = new HashSet<>();
        List<Node> is = document.nodes.stream().filter(n -> n.type().equals(Aif.I)).toList();
        // Dialectica's own ids first, so that an AIFdb node id never takes one
        for (Node node : is) {
            String own = string(node.dialectica(), "id");
            if (own != null && taken.add(own)) claimOf.put(node.id(), own);
        }
        for (Node node : is) {
            if (claimOf.containsKey(node.id())) continue;
            String claimId = node.id();
            for (int n = 2; !taken.add(claimId); n++) claimId = node.id() + "-" + n;
            claimOf.put(node.id(), claimId);
        }
        Map<String, List<String>> preferred = preferences();
        Map<String, String> speakers = speakers();
        for (Node node : is) {
            String claimId = claimOf.get(node.id());
            try {
                map.putClaim(claim(node, claimId, preferred.get(claimId), speakers.get(node.id())));
            } catch (IllegalArgumentException e) {
                throw document.error(node.at(), "I-node '" + node.id() + "': " + e.getMessage());
            }
        }
    }

    private Claim claim(Node node, String id, List<String> preferredOver, String speaker) {
        JsonNode d = node.dialectica();
        String text = clean(node.text() == null ? "" : node.text());
        if (d == null || !d.isObject()) {
            return new Claim(id, null, text, null, null, ClaimKind.CLAIM, null, null, null, null, speaker, null, preferredOver);
        }
        List<String> over = new ArrayList<>(preferredOver == null ? List.of() : preferredOver);
        over.addAll(strings(d.path("preferredOver")));
        preferredOver = over;
        JsonNode source = d.path("source");
        Proposition proposition = null;
        JsonNode p = d.path("proposition");
        if (p.isObject()) {
            proposition = new Proposition(string(p, "subject"), string(p, "dimension"), string(p, "direction"),
                    new TimeSpan(integer(p, "from"), integer(p, "to")));
        }
        String assertedBy = string(d, "assertedBy");
        return new Claim(id, string(d, "title"), text, string(d, "originalText"), string(d, "language"),
                ClaimKind.parse(string(d, "kind")), strings(d.path("actors")), strings(d.path("tags")),
                source.isObject() ? new Source(string(source, "paper"), string(source, "locator"), string(source, "quote")) : null,
                proposition, assertedBy != null ? assertedBy : speaker, d.path("weight").isNumber() ? d.path("weight").asDouble() : null,
                preferredOver);
    }

    /** PA nodes between I-nodes: the claim the edge leaves is preferred over the claim the edge reaches. */
    private Map<String, List<String>> preferences() {
        Map<String, List<String>> preferred = new LinkedHashMap<>();
        for (Node pa : document.nodes) {
            if (!pa.type().equals(Aif.PA)) continue;
            List<Node> better = ends(into, pa, true), worse = ends(outOf, pa, false);
            List<Node> nonClaims = new ArrayList<>();
            better.stream().filter(n -> !n.type().equals(Aif.I)).forEach(nonClaims::add);
            worse.stream().filter(n -> !n.type().equals(Aif.I)).forEach(nonClaims::add);
            if (!nonClaims.isEmpty()) {
                warn(pa.at(), "PA node '" + pa.id() + "' prefers between " + describe(nonClaims)
                        + ": a map holds preferences between claims only; that part is left out");
            }
            List<Node> a = better.stream().filter(n -> n.type().equals(Aif.I)).toList();
            List<Node> b = worse.stream().filter(n -> n.type().equals(Aif.I)).toList();
            if ((a.isEmpty() || b.isEmpty()) && nonClaims.isEmpty()) {
                warn(pa.at(), "PA node '" + pa.id() + "' needs a preferred claim (an edge into it) and a claim it is"
                        + " preferred over (an edge out of it); it is left out");
            }
            for (Node x : a) {
                for (Node y : b) {
                    if (x == y) continue;
                    List<String> over = preferred.computeIfAbsent(claimOf.get(x.id()), k -> new ArrayList<>());
                    if (!over.contains(claimOf.get(y.id()))) over.add(claimOf.get(y.id()));
                }
            }
        }
        return preferred;
    }

    /** Who asserted a claim: the speaker of a locution joined to the I-node by a YA node. */
    private Map<String, String> speakers() {
        Map<String, String> speakers = new HashMap<>();
        for (Node ya : document.nodes) {
            if (!ya.type().equals(Aif.YA)) continue;
            for (Node l : ends(into, ya, true)) {
                if (!l.type().equals(Aif.L)) continue;
                String speaker = document.speakers.get(l.id());
                if (speaker == null && l.text() != null) {
                    Matcher m = SPOKEN.matcher(l.text());
                    if (m.find()) speaker = m.group(1).strip();
                }
                if (speaker == null) continue;
                for (Node i : ends(outOf, ya, false)) {
                    if (i.type().equals(Aif.I)) speakers.putIfAbsent(i.id(), clean(speaker));
                }
            }
        }
        return speakers;
    }

    // ---- RA nodes: supports and arguments ----

    private void inference(Node ra) throws MapFileException {
        List<Node> premises = new ArrayList<>(), conclusions = new ArrayList<>();
        for (Node from : ends(into, ra, true)) {
            switch (from.type()) {
                case Aif.I -> premises.add(from);
                case Aif.RA -> warn(from.at(), "RA node '" + from.id() + "' leads into RA node '" + ra.id()
                        + "' (a support of an inference): a map holds no support of a support; that edge is left out");
                case Aif.CA, Aif.YA, Aif.L, Aif.TA, Aif.MA, Aif.PA -> { } // undercuts are read with CA nodes, the rest is counted
                default -> { }
            }
        }
        for (Node to : ends(outOf, ra, false)) {
            if (to.type().equals(Aif.I)) {
                conclusions.add(to);
            } else if (!to.type().equals(Aif.RA) && !to.type().equals(Aif.CA)) { // those are named where they arrive
                warn(ra.at(), "RA node '" + ra.id() + "' leads to " + describe(List.of(to)) + ": an inference concludes a claim;"
                        + " that edge is left out");
            }
        }
        if (premises.isEmpty() || conclusions.isEmpty()) {
            warn(ra.at(), "RA node '" + ra.id() + "' has " + (premises.isEmpty() ? "no premise (an edge from an I-node into it)"
                    : "no conclusion (an edge from it to an I-node)") + "; it is left out");
            return;
        }
        if (conclusions.size() > 1) {
            warn(ra.at(), "RA node '" + ra.id() + "' has " + conclusions.size() + " conclusions: read as one inference for each");
        }
        JsonNode own = ra.dialectica() == null ? null : ra.dialectica().path("argument");
        boolean scheme = !Aif.defaultInference(ra.text()) || (ra.scheme() != null && !Aif.defaultInference(ra.scheme()));
        List<Support> supports = new ArrayList<>();
        for (int c = 0; c < conclusions.size(); c++) {
            String conclusion = claimOf.get(conclusions.get(c).id());
            List<String> from = premises.stream().map(n -> claimOf.get(n.id())).filter(p -> !p.equals(conclusion)).distinct().toList();
            if (from.size() < premises.size()) {
                warn(ra.at(), "RA node '" + ra.id() + "' has claim '" + conclusion + "' as premise and conclusion;"
                        + " a claim does not support itself, so that premise is left out");
            }
            if (from.isEmpty()) continue;
            try {
                if (own != null && own.isObject() || from.size() > 1 || scheme) {
                    String argumentId = own != null && own.isObject() && string(own, "id") != null && c == 0
                            ? string(own, "id") : argumentId(ra, c);
                    String title = own != null && own.isObject() ? string(own, "title") : scheme ? schemeName(ra) : null;
                    map.addArgument(new Argument(argumentId, title, own == null ? null : string(own, "description"), from, conclusion));
                    from.forEach(p -> supports.add(map.support(Support.id(p, conclusion)).orElseThrow()));
                } else {
                    supports.add(map.addSupport(new Support(from.get(0), conclusion)));
                }
            } catch (IllegalArgumentException e) {
                throw document.error(ra.at(), "RA node '" + ra.id() + "': " + e.getMessage());
            }
        }
        inferenceOf.put(ra.id(), supports);
    }

    private String argumentId(Node ra, int conclusion) {
        String base = "ra-" + ra.id() + (conclusion == 0 ? "" : "-" + (conclusion + 1));
        String id = base;
        for (int n = 2; map.argument(id).isPresent(); n++) id = base + "-" + n;
        return id;
    }

    private String schemeName(Node ra) {
        return clean(!Aif.defaultInference(ra.text()) ? ra.text().strip() : ra.scheme().strip());
    }

    /** Arguments without an inference (no premise or no conclusion), which only Dialectica's own field can carry. */
    private void unreconstructedArguments(JsonNode arguments) throws MapFileException {
        if (!arguments.isArray()) return;
        for (JsonNode a : arguments) {
            String id = string(a, "id");
            if (id == null || map.argument(id).isPresent()) continue;
            try {
                map.addArgument(new Argument(id, string(a, "title"), string(a, "description"), strings(a.path("premises")),
                        string(a, "conclusion")));
            } catch (IllegalArgumentException e) {
                throw document.error(new At(1, 1), "the argument '" + id + "' in \"" + Aif.EXTRA + "\": " + e.getMessage());
            }
        }
    }

    // ---- CA nodes: attacks, undercuts and oppositions ----

    private void conflict(Node ca) throws MapFileException {
        List<Node> attackers = ends(into, ca, true).stream().filter(n -> n.type().equals(Aif.I)).toList();
        List<Node> targets = ends(outOf, ca, false);
        for (Node from : ends(into, ca, true)) {
            if (!from.type().equals(Aif.I) && !from.type().equals(Aif.CA) && !dialogical(from.type())) { // a CA is named as it attacks
                warn(ca.at(), "CA node '" + ca.id() + "' is entered from " + describe(List.of(from)) + ": a conflict comes"
                        + " from a claim; that edge is left out");
            }
        }
        if (attackers.isEmpty() || targets.isEmpty()) {
            warn(ca.at(), "CA node '" + ca.id() + "' has " + (attackers.isEmpty() ? "no attacking claim (an edge from an I-node into it)"
                    : "nothing it attacks (an edge from it)") + "; it is left out");
            return;
        }
        Opposition.Type opposition = oppositionType(ca);
        for (Node target : targets) {
            if (target.type().equals(Aif.CA)) {
                warn(ca.at(), "CA node '" + ca.id() + "' attacks CA node '" + target.id()
                        + "' (an attack on an attack): a map holds no attack on an attack; it is left out");
                continue;
            }
            if (!target.type().equals(Aif.I) && !target.type().equals(Aif.RA)) {
                warn(ca.at(), "CA node '" + ca.id() + "' attacks " + describe(List.of(target))
                        + ": a map holds attacks on claims and on inferences only; that edge is left out");
                continue;
            }
            if (target.type().equals(Aif.RA) && inferenceOf.getOrDefault(target.id(), List.of()).isEmpty()) {
                warn(ca.at(), "CA node '" + ca.id() + "' attacks RA node '" + target.id() + "', which was left out; so is the attack");
                continue;
            }
            for (Node attacker : attackers) {
                String from = claimOf.get(attacker.id());
                try {
                    switch (target.type()) {
                        case Aif.I -> {
                            String to = claimOf.get(target.id());
                            if (opposition != null && !from.equals(to)) {
                                if (!map.oppositions().contains(new Opposition(to, from, opposition))) {
                                    map.addOpposition(new Opposition(from, to, opposition));
                                }
                            } else {
                                map.addAttack(Attack.onClaim(from, to));
                            }
                        }
                        default -> undercut(ca, from, target);
                    }
                } catch (IllegalArgumentException e) {
                    throw document.error(ca.at(), "CA node '" + ca.id() + "': " + e.getMessage());
                }
            }
        }
    }

    /** An attack on an inference (one that was read) attacks each of its supports, or those Dialectica wrote it named. */
    private void undercut(Node ca, String from, Node ra) {
        List<Support> supports = inferenceOf.get(ra.id());
        JsonNode named = ca.dialectica() == null ? null : ca.dialectica().path("supports");
        Set<String> only = named != null && named.isArray() ? new HashSet<>(strings(named)) : null;
        for (Support support : supports) {
            if (only == null || only.contains(support.id())) map.addAttack(Attack.onSupport(from, support));
        }
    }

    /** A CA node named as a contrary or a contradiction (by its text, scheme or Dialectica's field) declares an opposition. */
    private Opposition.Type oppositionType(Node ca) {
        String own = ca.dialectica() == null ? null : string(ca.dialectica(), "opposition");
        for (String name : new String[] {own, ca.text(), ca.scheme()}) {
            if (name == null) continue;
            String n = name.toLowerCase(Locale.ROOT);
            if (n.contains("contradict")) return Opposition.Type.CONTRADICTORY;
            if (n.contains("contrar")) return Opposition.Type.CONTRARY;
        }
        return null;
    }

    // ---- what a map cannot hold ----

    /** AIF joins claims only through scheme nodes; an edge straight from one I-node to another says nothing a map can hold. */
    private void directEdges() {
        for (Edge edge : document.edges) {
            Node from = document.byId.get(edge.from()), to = document.byId.get(edge.to());
            if (from.type().equals(Aif.I) && to.type().equals(Aif.I)) {
                warn(edge.at(), "edge '" + edge.id() + "' leads from I-node '" + from.id() + "' straight to I-node '" + to.id()
                        + "' without an RA, CA or PA node between them; it says neither support nor attack and is left out");
            }
        }
    }

    private static boolean dialogical(String type) {
        return type.equals(Aif.L) || type.equals(Aif.YA) || type.equals(Aif.TA);
    }

    /** One warning per kind of node a map does not hold, with how many there were and what was kept of them. */
    private void notKept() {
        Map<String, List<Node>> byType = new LinkedHashMap<>();
        for (Node node : document.nodes) {
            if (!Set.of(Aif.I, Aif.RA, Aif.CA, Aif.PA).contains(node.type())) {
                byType.computeIfAbsent(node.type(), k -> new ArrayList<>()).add(node);
            }
        }
        long asserted = map.claims().stream().filter(c -> c.assertedBy() != null).count();
        byType.forEach((type, nodes) -> {
            String count = Aif.count(type, nodes.size());
            String why = switch (type) {
                case Aif.MA -> ": a map holds no rephrase links, so the claims they join stay separate claims";
                case Aif.L -> ": a map holds no dialogue; " + (asserted == 0 ? "no speaker could be read from them"
                        : "the speaker of each asserted claim is kept as who asserts it (" + asserted + (asserted == 1 ? " claim)" : " claims)"));
                case Aif.YA -> ": a map holds no dialogue; only who asserted a claim is kept (from the locution before it)";
                case Aif.TA -> ": a map holds no dialogue, so the transitions between locutions are not kept";
                default -> ": a type this reader does not know (expected I, RA, CA, PA, MA, L, YA, TA); not kept";
            };
            warn(nodes.get(0).at(), count + " read but not kept" + why);
        });
    }

    // ---- helpers ----

    /** The nodes at the other end of a node's edges into it ({@code from}) or out of it. */
    private List<Node> ends(Map<String, List<Edge>> edges, Node node, boolean from) {
        List<Node> ends = new ArrayList<>();
        for (Edge e : edges.getOrDefault(node.id(), List.of())) {
            Node end = document.byId.get(from ? e.from() : e.to());
            if (!ends.contains(end)) ends.add(end);
        }
        return ends;
    }

    private static String describe(List<Node> nodes) {
        return String.join(", ", nodes.stream().map(n -> Aif.kind(n.type()) + " '" + n.id() + "'").toList());
    }

    private void warn(At at, String message) {
        warnings.add(new MapWarning(document.file, at.line(), at.column(), message));
    }

    private String string(JsonNode object, String field) {
        if (object == null || !object.isObject()) return null;
        JsonNode value = object.get(field);
        return value == null || value.isNull() || value.isContainer() ? null : clean(value.asString());
    }

    /** Texts lose the invisible controls typed text refuses; how many did is said once, at the end. */
    private String clean(String text) {
        String cleaned = TypedText.clean(text);
        if (!cleaned.equals(text)) cleanedTexts++;
        return cleaned;
    }

    private static Integer integer(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isIntegralNumber() ? value.asInt() : null;
    }

    private List<String> strings(JsonNode list) {
        List<String> items = new ArrayList<>();
        if (list != null && list.isArray()) list.forEach(item -> { if (!item.isContainer() && !item.isNull()) items.add(clean(item.asString())); });
        return items;
    }

    static String mapId(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
