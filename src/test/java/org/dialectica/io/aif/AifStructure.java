package org.dialectica.io.aif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The argument structure of an AIF document as a set of lines, independent of node ids and order:
 * {@code RA [p, q] -> c}, {@code CA a -> c}, {@code CA a -> RA [p] -> c}, {@code PA a > b}. Claims
 * are named by a key (the original node id, or the claim id Dialectica wrote beside a node), so two
 * documents that hold the same inferences, conflicts and preferences give the same set. An RA node
 * with two conclusions counts as one inference per conclusion, as a map reads it; conflicts into
 * conflicts, which a map does not hold, are not part of it.
 */
final class AifStructure {
    private AifStructure() {}

    static Set<String> of(String json, Function<JsonNode, String> claimKey) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        if (!root.has("nodes") && root.has("AIF")) root = root.get("AIF");
        Map<String, JsonNode> nodes = new HashMap<>();
        root.get("nodes").forEach(n -> nodes.put(n.get("nodeID").asString(), n));
        Map<String, List<String>> into = new HashMap<>(), outOf = new HashMap<>();
        root.get("edges").forEach(e -> {
            into.computeIfAbsent(e.get("toID").asString(), k -> new ArrayList<>()).add(e.get("fromID").asString());
            outOf.computeIfAbsent(e.get("fromID").asString(), k -> new ArrayList<>()).add(e.get("toID").asString());
        });
        Function<String, String> type = id -> nodes.get(id).get("type").asString();
        Function<String, String> key = id -> claimKey.apply(nodes.get(id));
        Map<String, List<String>> inferences = new HashMap<>();
        for (String id : nodes.keySet()) {
            if (!type.apply(id).equals("RA")) continue;
            List<String> lines = new ArrayList<>();
            for (String c : outOf.getOrDefault(id, List.of())) {
                if (!type.apply(c).equals("I")) continue;
                TreeSet<String> premises = new TreeSet<>();
                into.getOrDefault(id, List.of()).stream().filter(p -> type.apply(p).equals("I") && !p.equals(c))
                        .forEach(p -> premises.add(key.apply(p)));
                if (!premises.isEmpty()) lines.add("RA " + premises + " -> " + key.apply(c));
            }
            inferences.put(id, lines);
        }
        Set<String> structure = new TreeSet<>();
        inferences.values().forEach(structure::addAll);
        for (String id : nodes.keySet()) {
            String t = type.apply(id);
            if (!t.equals("CA") && !t.equals("PA")) continue;
            for (String from : into.getOrDefault(id, List.of())) {
                if (!type.apply(from).equals("I")) continue;
                for (String to : outOf.getOrDefault(id, List.of())) {
                    if (t.equals("PA") && type.apply(to).equals("I") && !to.equals(from)) {
                        structure.add("PA " + key.apply(from) + " > " + key.apply(to));
                    } else if (t.equals("CA") && type.apply(to).equals("I")) {
                        structure.add("CA " + key.apply(from) + " -> " + key.apply(to));
                    } else if (t.equals("CA") && type.apply(to).equals("RA")) {
                        inferences.get(to).forEach(line -> structure.add("CA " + key.apply(from) + " -> " + line));
                    }
                }
            }
        }
        return structure;
    }

    /** The key of an I-node written by Dialectica: the claim id it keeps beside the node. */
    static String claimId(JsonNode node) {
        return node.path(Aif.EXTRA).path("id").asString(node.get("nodeID").asString());
    }

    static String nodeId(JsonNode node) {
        return node.get("nodeID").asString();
    }

    static long typeCount(String json, String type) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        if (!root.has("nodes") && root.has("AIF")) root = root.get("AIF");
        long n = 0;
        for (JsonNode node : root.get("nodes")) if (node.get("type").asString().equals(type)) n++;
        return n;
    }
}
