package org.dialectica.io.aif;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Proposition;
import org.dialectica.map.Support;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a map as AIF JSON in AIFdb's shape ({@code nodes} with nodeID, text, type and timestamp;
 * {@code edges} with edgeID, fromID, toID and formEdgeID; empty {@code locutions} and
 * {@code participants}), which AIFdb's upload and OVA3 read: claims as I-nodes, each argument and
 * each drawn support as an RA node, attacks as CA nodes (an undercut goes into the RA node), each
 * opposition as two CA nodes named "Contrary Conflict" or "Contradictory Conflict" (one each way,
 * for it is symmetric), each preference as a PA node. What AIF has no place for (a claim's id,
 * title, kind, source and descriptor; an argument's id and title; the map's title) goes in a
 * {@code dialectica} field, which {@link AifReader} reads back and other tools ignore.
 */
public final class AifWriter {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter AIFDB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final List<Map<String, Object>> nodes = new ArrayList<>();
    private final List<Map<String, Object>> edges = new ArrayList<>();
    private String timestamp;

    public String write(ArgumentMap map) {
        return write(map, Instant.now());
    }

    /** The map as AIF, every node stamped with {@code time}. */
    public String write(ArgumentMap map, Instant time) {
        AifWriter writer = new AifWriter(); // one writing's state each: a writer may be shared
        writer.timestamp = AIFDB_TIME.format(time);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(writer.document(map)) + "\n";
    }

    private Map<String, Object> document(ArgumentMap map) {
        Map<String, String> claimNode = new HashMap<>();
        for (Claim claim : map.claims()) {
            Map<String, Object> node = node(claim.text(), Aif.I);
            Map<String, Object> own = claimFields(claim, map);
            if (!own.isEmpty()) node.put(Aif.EXTRA, own);
            claimNode.put(claim.id(), (String) node.get("nodeID"));
        }
        // the RA node of each support, for the undercuts aimed at it
        Map<String, String> inferenceNode = new HashMap<>();
        Map<String, Set<String>> inferenceSupports = new HashMap<>();
        List<Map<String, Object>> unreconstructed = new ArrayList<>();
        for (Argument argument : map.arguments()) {
            if (!argument.isReconstructed()) {
                unreconstructed.add(argumentFields(argument, true));
                continue;
            }
            Map<String, Object> ra = node(Aif.DEFAULT_INFERENCE, Aif.RA);
            ra.put(Aif.EXTRA, Map.of("argument", argumentFields(argument, false)));
            String raId = (String) ra.get("nodeID");
            for (String premise : argument.premises()) {
                edge(claimNode.get(premise), raId);
                map.support(Support.id(premise, argument.conclusion()))
                        .filter(s -> argument.id().equals(s.argumentId()))
                        .ifPresent(s -> {
                            inferenceNode.put(s.id(), raId);
                            inferenceSupports.computeIfAbsent(raId, k -> new LinkedHashSet<>()).add(s.id());
                        });
            }
            edge(raId, claimNode.get(argument.conclusion()));
        }
        for (Support support : map.supports()) {
            if (support.argumentId() != null) continue;
            String raId = (String) node(Aif.DEFAULT_INFERENCE, Aif.RA).get("nodeID");
            edge(claimNode.get(support.from()), raId);
            edge(raId, claimNode.get(support.to()));
            inferenceNode.put(support.id(), raId);
            inferenceSupports.computeIfAbsent(raId, k -> new LinkedHashSet<>()).add(support.id());
        }
        // an undercut of an argument is one CA node into its RA node, naming the supports when it spares some
        Map<List<String>, List<String>> undercuts = new LinkedHashMap<>();
        for (Attack attack : map.attacks()) {
            if (attack.onSupport()) {
                undercuts.computeIfAbsent(List.of(attack.from(), inferenceNode.get(attack.target())), k -> new ArrayList<>())
                        .add(attack.target());
            } else {
                conflict(Aif.DEFAULT_CONFLICT, null, claimNode.get(attack.from()), claimNode.get(attack.target()));
            }
        }
        undercuts.forEach((key, supports) -> {
            String raId = key.get(1);
            boolean all = inferenceSupports.get(raId).equals(new LinkedHashSet<>(supports));
            conflict(Aif.DEFAULT_CONFLICT, all ? null : Map.of("supports", supports), claimNode.get(key.get(0)), raId);
        });
        for (Opposition o : map.oppositions()) {
            boolean contradictory = o.type() == Opposition.Type.CONTRADICTORY;
            String name = contradictory ? Aif.CONTRADICTORY_CONFLICT : Aif.CONTRARY_CONFLICT;
            Map<String, Object> own = Map.of("opposition", contradictory ? "contradictory" : "contrary");
            conflict(name, own, claimNode.get(o.a()), claimNode.get(o.b()));
            conflict(name, own, claimNode.get(o.b()), claimNode.get(o.a()));
        }
        for (Claim claim : map.claims()) {
            for (String over : claim.preferredOver()) {
                if (!claimNode.containsKey(over)) continue;
                String pa = (String) node(Aif.DEFAULT_PREFERENCE, Aif.PA).get("nodeID");
                edge(claimNode.get(claim.id()), pa);
                edge(pa, claimNode.get(over));
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("nodes", nodes);
        document.put("edges", edges);
        document.put("locutions", List.of());
        document.put("participants", List.of());
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("id", map.id());
        own.put("title", map.title());
        if (map.description() != null) own.put("description", map.description());
        if (map.isAbstractFramework()) own.put("abstractFramework", true);
        if (!unreconstructed.isEmpty()) own.put("arguments", unreconstructed);
        document.put(Aif.EXTRA, own);
        return document;
    }

    private void conflict(String name, Map<String, Object> own, String from, String to) {
        Map<String, Object> ca = node(name, Aif.CA);
        if (own != null) ca.put(Aif.EXTRA, own);
        edge(from, (String) ca.get("nodeID"));
        edge((String) ca.get("nodeID"), to);
    }

    private Map<String, Object> node(String text, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("nodeID", String.valueOf(nodes.size() + 1));
        node.put("text", text);
        node.put("type", type);
        node.put("timestamp", timestamp);
        nodes.add(node);
        return node;
    }

    private void edge(String from, String to) {
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("edgeID", String.valueOf(edges.size() + 1));
        edge.put("fromID", from);
        edge.put("toID", to);
        edge.put("formEdgeID", null);
        edges.add(edge);
    }

    private static Map<String, Object> claimFields(Claim c, ArgumentMap map) {
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("id", c.id());
        if (c.title() != null) own.put("title", c.title());
        own.put("kind", c.kind().word());
        if (c.originalText() != null) own.put("originalText", c.originalText());
        if (c.language() != null) own.put("language", c.language());
        if (!c.actors().isEmpty()) own.put("actors", c.actors());
        if (!c.tags().isEmpty()) own.put("tags", c.tags());
        if (c.source() != null) {
            Map<String, Object> source = new LinkedHashMap<>();
            if (c.source().paper() != null) source.put("paper", c.source().paper());
            if (c.source().locator() != null) source.put("locator", c.source().locator());
            if (c.source().quote() != null) source.put("quote", c.source().quote());
            own.put("source", source);
        }
        Proposition p = c.proposition();
        if (p != null) {
            Map<String, Object> proposition = new LinkedHashMap<>();
            proposition.put("subject", p.subject());
            proposition.put("dimension", p.dimension());
            proposition.put("direction", p.direction());
            if (p.span().from() != null) proposition.put("from", p.span().from());
            if (p.span().to() != null) proposition.put("to", p.span().to());
            own.put("proposition", proposition);
        }
        if (c.assertedBy() != null) own.put("assertedBy", c.assertedBy());
        if (c.weight() != null) own.put("weight", c.weight());
        // preferences between claims of the map are PA nodes; one naming a claim outside it has no node to point at
        List<String> elsewhere = c.preferredOver().stream().filter(p2 -> !map.hasClaim(p2)).toList();
        if (!elsewhere.isEmpty()) own.put("preferredOver", elsewhere);
        return own;
    }

    private static Map<String, Object> argumentFields(Argument a, boolean whole) {
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("id", a.id());
        if (a.title() != null) own.put("title", a.title());
        if (a.description() != null) own.put("description", a.description());
        if (whole) {
            own.put("premises", a.premises());
            if (a.conclusion() != null) own.put("conclusion", a.conclusion());
        }
        return own;
    }
}
