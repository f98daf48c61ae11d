package org.dialectica.io.aif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.io.MapFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * First step of reading AIF: the JSON as nodes and edges, each with the line and column it starts
 * at, checked for what every later step relies on (ids, types, edges between nodes the file holds).
 * AIFdb writes {@code nodes}, {@code edges}, {@code locutions} and {@code participants} at the top;
 * OVA3 puts the same under {@code AIF}. Everything else at the top is left alone.
 */
final class AifDocument {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where something begins in the file, counted from 1. */
    record At(int line, int column) {
        static At of(TokenStreamLocation location) {
            return new At(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        }
    }

    /** A node as written: its type upper-cased, its text, the scheme AIFdb may add and Dialectica's own fields. */
    record Node(String id, String type, String text, String scheme, JsonNode dialectica, At at) {}

    record Edge(String id, String from, String to, At at) {}

    final String file;
    final List<Node> nodes = new ArrayList<>();
    final Map<String, Node> byId = new HashMap<>();
    final List<Edge> edges = new ArrayList<>();
    /** Speakers by locution node id, from {@code locutions} and {@code participants}. */
    final Map<String, String> speakers = new HashMap<>();
    /** Dialectica's map-level fields (title, description, arguments), when Dialectica wrote the file. */
    JsonNode dialectica;

    private final List<JsonNode> locutions = new ArrayList<>();
    private final Map<String, String> participants = new HashMap<>();
    private boolean sawNodes, sawEdges;

    private AifDocument(String file) {
        this.file = file;
    }

    static AifDocument parse(String file, String text) throws MapFileException {
        AifDocument document = new AifDocument(file);
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw document.error(first == null ? new At(1, 1) : At.of(parser.currentTokenLocation()),
                        "expected an AIF document: a JSON object with \"nodes\" and \"edges\"");
            }
            document.object(parser, true);
            if (parser.nextToken() != null) {
                throw document.error(At.of(parser.currentTokenLocation()), "unexpected text after the AIF document's closing '}'");
            }
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            At at = location == null ? new At(1, 1) : At.of(location);
            throw document.error(at, "not valid JSON: " + e.getOriginalMessage());
        }
        if (!document.sawNodes) throw document.error(new At(1, 1), "an AIF document needs a \"nodes\" list; this one has none");
        if (!document.sawEdges) throw document.error(new At(1, 1), "an AIF document needs an \"edges\" list; this one has none");
        document.check();
        return document;
    }

    /** The fields of the top object, or of OVA3's {@code AIF} object inside it. */
    private void object(JsonParser parser, boolean top) throws MapFileException {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            At at = At.of(parser.currentTokenLocation());
            switch (name) {
                case "nodes" -> {
                    list(parser, value, name, at);
                    sawNodes = true;
                    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) node(parser, i);
                }
                case "edges" -> {
                    list(parser, value, name, at);
                    sawEdges = true;
                    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) edge(parser, i);
                }
                case "locutions", "participants" -> {
                    if (value == JsonToken.VALUE_NULL) break;
                    list(parser, value, name, at);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode item = parser.readValueAsTree();
                        if (!item.isObject()) continue;
                        if (name.equals("locutions")) locutions.add(item);
                        else participant(item);
                    }
                }
                case "AIF" -> {
                    if (top && value == JsonToken.START_OBJECT) object(parser, false);
                    else parser.skipChildren();
                }
                case Aif.EXTRA -> {
                    if (top && value == JsonToken.START_OBJECT) dialectica = parser.readValueAsTree();
                    else parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
    }

    private void list(JsonParser parser, JsonToken value, String name, At at) throws MapFileException {
        if (value != JsonToken.START_ARRAY) throw error(at, "\"" + name + "\" must be a list [ … ], not " + describe(value));
    }

    private void node(JsonParser parser, int index) throws MapFileException {
        At at = At.of(parser.currentTokenLocation());
        String where = "nodes[" + index + "]";
        JsonNode node = parser.readValueAsTree();
        if (!node.isObject()) throw error(at, where + " must be an object {\"nodeID\", \"text\", \"type\"}, not " + kind(node));
        String id = id(node, "nodeID", where, at);
        JsonNode type = node.get("type");
        if (type == null || !type.isString() || type.asString().isBlank()) {
            throw error(at, "node '" + id + "' (" + where + ") has no \"type\" (expected I, RA, CA, PA, MA, L, YA, TA …)");
        }
        Node read = new Node(id, type.asString().strip().toUpperCase(java.util.Locale.ROOT), text(node.get("text")),
                text(node.get("scheme")), node.get(Aif.EXTRA), at);
        Node before = byId.putIfAbsent(id, read);
        if (before != null) {
            throw error(at, "node ID '" + id + "' is used twice: first at line " + before.at().line() + ", column "
                    + before.at().column() + "; node IDs must be unique");
        }
        nodes.add(read);
    }

    private void edge(JsonParser parser, int index) throws MapFileException {
        At at = At.of(parser.currentTokenLocation());
        String where = "edges[" + index + "]";
        JsonNode edge = parser.readValueAsTree();
        if (!edge.isObject()) throw error(at, where + " must be an object {\"edgeID\", \"fromID\", \"toID\"}, not " + kind(edge));
        String id = edge.has("edgeID") && !edge.get("edgeID").isNull() ? id(edge, "edgeID", where, at) : where;
        edges.add(new Edge(id, id(edge, "fromID", "edge '" + id + "'", at), id(edge, "toID", "edge '" + id + "'", at), at));
    }

    private void participant(JsonNode participant) {
        JsonNode id = participant.get("participantID");
        if (id == null || !(id.isString() || id.isIntegralNumber())) return;
        String name = String.join(" ", java.util.stream.Stream.of(text(participant.get("firstname")), text(participant.get("surname")))
                .filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
        if (!name.isEmpty()) participants.put(id.asString(), name);
    }

    /** Edges between nodes the file holds, and speakers of locutions; the rest is the reader's. */
    private void check() throws MapFileException {
        for (Edge edge : edges) {
            for (String end : List.of(edge.from(), edge.to())) {
                if (!byId.containsKey(end)) {
                    throw error(edge.at(), "edge '" + edge.id() + "' " + (end == edge.from() ? "leads from" : "leads to")
                            + " node '" + end + "', which the file does not hold in \"nodes\"");
                }
            }
        }
        for (JsonNode locution : locutions) {
            JsonNode node = locution.get("nodeID"), person = locution.get("personID");
            if (node == null || person == null || node.isNull() || person.isNull()) continue;
            String name = participants.get(person.asString());
            if (name != null) speakers.put(node.asString(), name);
        }
    }

    private String id(JsonNode object, String field, String where, At at) throws MapFileException {
        JsonNode id = object.get(field);
        if (id == null || id.isNull()) throw error(at, where + " has no \"" + field + "\"");
        if (!(id.isString() || id.isIntegralNumber()) || id.asString().isBlank()) {
            throw error(at, where + ": \"" + field + "\" must be a string or a whole number, not " + kind(id));
        }
        return id.asString().strip();
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || value.isContainer() ? null : value.asString();
    }

    private static String kind(JsonNode node) {
        if (node.isObject()) return "an object";
        if (node.isArray()) return "a list";
        if (node.isString()) return "the text \"" + node.asString() + "\"";
        return node.isNull() ? "null" : node.toString();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_NULL -> "null";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            default -> token.toString();
        };
    }

    MapFileException error(At at, String problem) {
        return new MapFileException(file, at.line(), at.column(), problem);
    }
}
