package org.dialectica.debate;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A debate as a JSON document: the setup, the starting map (a path, for the command line) and the
 * moves with their times. The application exports the same document it reads. Every field is
 * checked when read; a problem is named with its place ({@code moves[3].type}, or line and column
 * for JSON that does not parse).
 */
public final class Transcript {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * The most moves a transcript may hold (docs/debate-format.md): a seminar's debate has hundreds,
     * and replaying this many takes about as many seconds as {@code debate score} should (docs/benchmarks.md).
     */
    public static final int MAX_MOVES = 50_000;
    private static final Set<String> TOP = Set.of("title", "format", "moderator", "map", "sides", "moves", "rounds",
            "movesPerTurn", "turnSeconds", "debatersVote");
    private static final Set<String> SIDE = Set.of("name", "theses", "members");
    private static final Set<String> MOVE = Set.of("by", "side", "type", "id", "title", "text", "kind", "source", "from", "to",
            "target", "preferred", "over", "claim", "value", "poi", "at", "accepted", "reason");

    private final Setup setup;
    private final String map;
    private final List<Move> moves;
    private final List<Instant> times;

    private Transcript(Setup setup, String map, List<Move> moves, List<Instant> times) {
        this.setup = setup;
        this.map = map;
        this.moves = List.copyOf(moves);
        this.times = java.util.Collections.unmodifiableList(new ArrayList<>(times));
    }

    public Setup setup() { return setup; }
    /** The starting map's path as written (relative to the transcript), or null: the debate starts on an empty map. */
    public String map() { return map; }
    public List<Move> moves() { return moves; }
    /** The time of each move, null where the transcript gives none. */
    public List<Instant> times() { return times; }

    public static Transcript of(Debate debate, String mapPath) {
        List<Move> moves = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (Played p : debate.transcript()) {
            moves.add(p.move());
            times.add(p.at());
        }
        return new Transcript(debate.setup(), mapPath, moves, times);
    }

    /** @param origin the file name, to say where a problem is */
    public static Transcript read(String json, String origin) throws TranscriptException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? origin : origin + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new TranscriptException(where + ": not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new TranscriptException(origin + ": a transcript is a JSON object {\"title\", \"format\", \"sides\", \"moves\" …}");
        try {
            unknown(root, TOP, "");
            List<Side> sides = new ArrayList<>();
            JsonNode sideNodes = root.get("sides");
            if (sideNodes == null || !sideNodes.isArray()) throw new Problem("sides", "a list of sides is required");
            for (int i = 0; i < sideNodes.size(); i++) {
                JsonNode s = sideNodes.get(i);
                String at = "sides[" + i + "]";
                if (!s.isObject()) throw new Problem(at, "a side is an object {\"name\", \"theses\", \"members\"}");
                unknown(s, SIDE, at + ".");
                sides.add(new Side(required(s, "name", at), strings(s, "theses", at), strings(s, "members", at)));
            }
            Format format;
            try {
                format = Format.of(text(root, "format", "") == null ? "free" : text(root, "format", ""));
            } catch (IllegalArgumentException e) {
                throw new Problem("format", e.getMessage());
            }
            Setup setup;
            try {
                setup = new Setup(text(root, "title", ""), format, text(root, "moderator", ""), sides,
                        count(root, "rounds", 0), count(root, "movesPerTurn", format == Format.ROUNDS ? 1 : 0),
                        count(root, "turnSeconds", 0), flag(root, "debatersVote", ""));
            } catch (IllegalArgumentException e) {
                throw new Problem("sides", e.getMessage());
            }
            List<Move> moves = new ArrayList<>();
            List<Instant> times = new ArrayList<>();
            JsonNode moveNodes = root.get("moves");
            if (moveNodes != null && !moveNodes.isArray()) throw new Problem("moves", "a list of moves is expected");
            if (moveNodes != null && moveNodes.size() > MAX_MOVES) {
                throw new TranscriptException(origin + whereMove(json, MAX_MOVES) + ": moves[" + MAX_MOVES + "]: a transcript holds at most "
                        + String.format(java.util.Locale.ROOT, "%,d", MAX_MOVES) + " moves; this one has "
                        + String.format(java.util.Locale.ROOT, "%,d", moveNodes.size()));
            }
            for (int i = 0; moveNodes != null && i < moveNodes.size(); i++) {
                String at = "moves[" + i + "]";
                JsonNode m = moveNodes.get(i);
                if (!m.isObject()) throw new Problem(at, "a move is an object {\"by\", \"side\", \"type\", …}");
                unknown(m, MOVE, at + ".");
                MoveType type;
                try {
                    type = MoveType.of(required(m, "type", at));
                } catch (IllegalArgumentException e) {
                    throw new Problem(at + ".type", e.getMessage());
                }
                Double value = null;
                JsonNode v = m.get("value");
                if (v != null && !v.isNull()) {
                    if (!v.isNumber()) throw new Problem(at + ".value", "a vote's value is a number between 0 and 1");
                    value = v.asDouble();
                }
                moves.add(new Move(text(m, "by", at), text(m, "side", at), type, text(m, "id", at), text(m, "title", at),
                        text(m, "text", at), text(m, "kind", at), text(m, "source", at), text(m, "from", at), text(m, "to", at),
                        text(m, "target", at), text(m, "preferred", at), text(m, "over", at), text(m, "claim", at), value,
                        flag(m, "poi", at)));
                String time = text(m, "at", at);
                try {
                    times.add(time == null ? null : Instant.parse(time));
                } catch (DateTimeParseException e) {
                    throw new Problem(at + ".at", "'" + time + "' is not a time such as 2026-11-29T14:05:00Z");
                }
            }
            return new Transcript(setup, text(root, "map", ""), moves, times);
        } catch (Problem p) {
            throw new TranscriptException(origin + ": " + p.field + ": " + p.getMessage());
        }
    }

    /** Where the move with this index begins in the text, as {@code :line:column}; empty if it cannot be found. */
    private static String whereMove(String json, int index) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return "";
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("moves") && value == JsonToken.START_ARRAY) {
                    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                        if (i == index) {
                            TokenStreamLocation at = parser.currentTokenLocation();
                            return ":" + at.getLineNr() + ":" + at.getColumnNr();
                        }
                        parser.skipChildren();
                    }
                    return "";
                }
                parser.skipChildren();
            }
        } catch (JacksonException e) {
            // the tree read it, so this does not happen; the message then goes without line and column
        }
        return "";
    }

    /** The debate as Markdown in the reader's language: sides, every move with author, side, time and effect, and the result. */
    public static String markdown(Debate debate, java.util.Locale locale) {
        return markdown(debate, locale, Names.LOGINS);
    }

    /** The same, people by the names the caller knows (the application: their display names). */
    public static String markdown(Debate debate, java.util.Locale locale, Names names) {
        return MarkdownTranscript.of(debate, locale, names);
    }

    /** The transcript as JSON, with each move's time. */
    public String json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", setup.title());
        doc.put("format", setup.format().word());
        doc.put("moderator", setup.moderator());
        if (map != null) doc.put("map", map);
        doc.put("rounds", setup.rounds());
        doc.put("movesPerTurn", setup.movesPerTurn());
        doc.put("turnSeconds", setup.turnSeconds());
        doc.put("debatersVote", setup.debatersVote());
        doc.put("sides", setup.sides().stream().map(s -> {
            Map<String, Object> side = new LinkedHashMap<>();
            side.put("name", s.name());
            side.put("theses", s.theses());
            side.put("members", s.members());
            return side;
        }).toList());
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) list.add(move(moves.get(i), times.get(i)));
        doc.put("moves", list);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    static Map<String, Object> move(Move m, Instant at) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("by", m.by());
        out.put("side", m.side());
        out.put("type", m.type().word());
        putIf(out, "id", m.id());
        putIf(out, "title", m.title());
        putIf(out, "text", m.text());
        putIf(out, "kind", m.kind());
        putIf(out, "source", m.source());
        putIf(out, "from", m.from());
        putIf(out, "to", m.to());
        putIf(out, "target", m.target());
        putIf(out, "preferred", m.preferred());
        putIf(out, "over", m.over());
        putIf(out, "claim", m.claim());
        putIf(out, "value", m.value());
        if (m.poi()) out.put("poi", true);
        putIf(out, "at", at == null ? null : at.toString());
        return out;
    }

    private static void putIf(Map<String, Object> out, String key, Object value) {
        if (value != null) out.put(key, value);
    }

    private static final class Problem extends Exception {
        final String field;

        Problem(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private static void unknown(JsonNode node, Set<String> known, String prefix) throws Problem {
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) throw new Problem(prefix + name, "unknown field; known: " + String.join(", ", known.stream().sorted().toList()));
        }
    }

    private static String text(JsonNode node, String field, String at) throws Problem {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isString()) throw new Problem(prefix(at) + field, "a text is expected");
        return v.asString();
    }

    private static String required(JsonNode node, String field, String at) throws Problem {
        String v = text(node, field, at);
        if (v == null || v.isBlank()) throw new Problem(prefix(at) + field, "is required");
        return v;
    }

    private static List<String> strings(JsonNode node, String field, String at) throws Problem {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new Problem(prefix(at) + field, "a list of texts is expected");
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isString()) throw new Problem(prefix(at) + field, "a list of texts is expected");
            out.add(item.asString());
        }
        return out;
    }

    private static int count(JsonNode node, String field, int otherwise) throws Problem {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return otherwise;
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) throw new Problem(field, "a whole number, 0 or more, is expected");
        return v.asInt();
    }

    private static boolean flag(JsonNode node, String field, String at) throws Problem {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw new Problem(prefix(at) + field, "true or false is expected");
        return v.asBoolean();
    }

    private static String prefix(String at) {
        return at.isEmpty() ? "" : at + ".";
    }
}
