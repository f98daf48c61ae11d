package org.dialectica.io.argdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialectica.map.Argument;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;
import org.dialectica.map.Opposition;
import org.dialectica.map.Support;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a map in the JSON of Argdown's own {@code argdown json}: {@code statements} (equivalence
 * classes by title, each with its members and relations), {@code arguments} (by title, with the
 * premise–conclusion structure in {@code pcs}), {@code relations} (support, attack, undercut,
 * contrary, contradictory, each with {@code from}, {@code fromType}, {@code to}, {@code toType}),
 * {@code sections} and {@code tags}. A sketched argument, which the map holds as a claim tagged
 * "argument", is an argument again; the steps of a reconstruction are one argument. Source
 * positions and colours, which a map does not keep, are left out.
 */
public final class ArgdownJsonWriter {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STATEMENT = "equivalence-class", ARGUMENT = "argument";

    public String write(ArgumentMap map) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document(map)) + "\n";
    }

    private static Map<String, Object> document(ArgumentMap map) {
        // a reconstruction's steps share the id of its last step, which carries its title
        Map<String, List<Argument>> reconstructions = new LinkedHashMap<>();
        for (Argument a : map.arguments()) {
            if (!a.isReconstructed()) continue;
            int step = a.id().lastIndexOf(MapBuilder.STEP);
            String id = step > 0 && a.id().substring(step + MapBuilder.STEP.length()).matches("[0-9]+") ? a.id().substring(0, step) : a.id();
            reconstructions.computeIfAbsent(id, k -> new ArrayList<>()).add(a);
        }
        List<Map<String, Object>> relations = new ArrayList<>();
        for (Support s : map.supports()) {
            if (s.argumentId() == null) relations.add(relation("support", map, s.from(), s.to()));
        }
        for (Attack a : map.attacks()) {
            if (!a.onSupport()) {
                relations.add(relation("attack", map, a.from(), a.target()));
                continue;
            }
            Support s = map.support(a.target()).orElseThrow();
            Map<String, Object> r = relation("undercut", map, a.from(), s.from());
            if (s.argumentId() != null) {
                Argument last = lastStep(reconstructions, s.argumentId());
                r.put("to", last.title() != null ? last.title() : last.id());
                r.put("toType", ARGUMENT);
            }
            if (!relations.contains(r)) relations.add(r);
        }
        for (Opposition o : map.oppositions()) {
            relations.add(relation(o.type() == Opposition.Type.CONTRADICTORY ? "contradictory" : "contrary", map, o.a(), o.b()));
        }

        Map<String, String> roles = new LinkedHashMap<>();
        Map<String, Object> arguments = new LinkedHashMap<>();
        Set<String> tags = new LinkedHashSet<>();
        for (Claim c : map.claims()) {
            tags.addAll(ownTags(c));
            if (!sketched(c)) continue;
            Map<String, Object> argument = element(ARGUMENT, title(c), relations);
            argument.put("members", List.of(member("argument-description", title(c), c.text(), null)));
            argument.put("pcs", List.of());
            if (!ownTags(c).isEmpty()) argument.put("tags", ownTags(c));
            arguments.put(title(c), argument);
        }
        for (List<Argument> steps : reconstructions.values()) {
            Argument last = steps.get(steps.size() - 1);
            String title = last.title() != null ? last.title() : last.id();
            List<Map<String, Object>> pcs = new ArrayList<>();
            Set<String> listed = new LinkedHashSet<>();
            for (Argument step : steps) {
                for (String premise : step.premises()) {
                    if (listed.add(premise)) {
                        pcs.add(member("premise", title(map, premise), text(map, premise), title));
                        roles.putIfAbsent(premise, "premise");
                    }
                }
                boolean main = step == last;
                String role = main ? "main-conclusion" : "intermediary-conclusion";
                listed.add(step.conclusion());
                pcs.add(member(role, title(map, step.conclusion()), text(map, step.conclusion()), title));
                roles.put(step.conclusion(), role);
            }
            Map<String, Object> argument = element(ARGUMENT, title, relations);
            argument.put("members", List.of(member("argument-description", title, last.description() == null ? "" : last.description(), null)));
            argument.put("pcs", pcs);
            arguments.put(title, argument);
        }
        Map<String, Object> statements = new LinkedHashMap<>();
        for (Claim c : map.claims()) {
            if (sketched(c)) continue;
            Map<String, Object> statement = element(STATEMENT, title(c), relations);
            String role = roles.getOrDefault(c.id(), "top-level-statement");
            statement.put("members", List.of(member(role, title(c), c.text(), null)));
            switch (role) {
                case "premise" -> statement.put("isUsedAsPremise", true);
                case "main-conclusion" -> statement.put("isUsedAsMainConclusion", true);
                case "intermediary-conclusion" -> statement.put("isUsedAsIntermediaryConclusion", true);
                default -> statement.put("isUsedAsTopLevelStatement", true);
            }
            if (!ownTags(c).isEmpty()) statement.put("tags", ownTags(c));
            statements.put(title(c), statement);
        }
        Map<String, Object> tagList = new LinkedHashMap<>();
        tags.forEach(t -> tagList.put(t, Map.of("tag", t)));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("arguments", arguments);
        document.put("statements", statements);
        document.put("relations", relations);
        document.put("sections", List.of());
        document.put("tags", tagList);
        return document;
    }

    private static Argument lastStep(Map<String, List<Argument>> reconstructions, String argumentId) {
        for (List<Argument> steps : reconstructions.values()) {
            if (steps.stream().anyMatch(a -> a.id().equals(argumentId))) return steps.get(steps.size() - 1);
        }
        throw new IllegalStateException("support names argument '" + argumentId + "', which the map does not hold");
    }

    /** An element with the relations that touch it, as Argdown repeats them on each end. */
    private static Map<String, Object> element(String type, String title, List<Map<String, Object>> relations) {
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("type", type);
        element.put("title", title);
        element.put("relations", relations.stream()
                .filter(r -> (r.get("from").equals(title) && r.get("fromType").equals(type))
                        || (r.get("to").equals(title) && r.get("toType").equals(type)))
                .toList());
        return element;
    }

    private static Map<String, Object> member(String role, String title, String text, String argumentTitle) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("type", "statement");
        member.put("role", role);
        member.put("title", title);
        member.put("text", text);
        if (argumentTitle != null) member.put("argumentTitle", argumentTitle);
        if (role.equals("top-level-statement")) member.put("isTopLevel", true);
        return member;
    }

    private static Map<String, Object> relation(String type, ArgumentMap map, String from, String to) {
        Map<String, Object> relation = new LinkedHashMap<>();
        relation.put("type", "relation");
        relation.put("relationType", type);
        Claim a = map.claim(from).orElseThrow(), b = map.claim(to).orElseThrow();
        relation.put("from", title(a));
        relation.put("fromType", sketched(a) ? ARGUMENT : STATEMENT);
        relation.put("to", title(b));
        relation.put("toType", sketched(b) ? ARGUMENT : STATEMENT);
        return relation;
    }

    private static boolean sketched(Claim c) {
        return c.tags().contains(MapBuilder.ARGUMENT_TAG);
    }

    private static List<String> ownTags(Claim c) {
        return c.tags().stream().filter(t -> !t.equals(MapBuilder.ARGUMENT_TAG)).toList();
    }

    private static String title(Claim c) {
        return c.displayTitle();
    }

    private static String title(ArgumentMap map, String claimId) {
        return map.claim(claimId).map(Claim::displayTitle).orElse(claimId);
    }

    private static String text(ArgumentMap map, String claimId) {
        return map.claim(claimId).map(Claim::text).orElse("");
    }
}
