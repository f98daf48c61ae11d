package org.dialectica.io.argdown;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialectica.io.MapFileException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Argdown's YAML (front matter and {@code {…}} data) read as a node tree rather than as Java
 * objects, so that every key and value keeps its file position and no value is guessed into a type:
 * {@code lang: no} stays the text "no", {@code from: 2020} is checked as a year where it is used.
 */
final class YamlData {
    private YamlData() {}

    /** One {@code key: value} pair, with the block it was written in. */
    record Entry(String key, Position keyAt, Value value, DataBlock block) {}

    record Value(Node node, Position at) {
        boolean isNull() {
            return node instanceof ScalarNode s && (s.getTag().equals(Tag.NULL) || s.getValue().isEmpty());
        }

        /** A null written as one ({@code ~}, {@code null}, nothing), unlike the empty text {@code ""}. */
        boolean isNullWord() {
            return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
        }

        boolean isScalar() {
            return node instanceof ScalarNode;
        }

        String scalar() {
            return ((ScalarNode) node).getValue();
        }

        /**
         * A readable form, for messages and for comparing two values, cut off after
         * {@link #DESCRIBED} characters: YAML aliases may make a value refer to itself or expand
         * to billions of items, and neither may hang or exhaust a reading.
         */
        String describe() {
            return describe(DESCRIBED);
        }

        /** The readable form cut short for a message. */
        String shown() {
            return describe(SHOWN);
        }

        private String describe(int limit) {
            StringBuilder out = new StringBuilder();
            Deque<Object> todo = new ArrayDeque<>(List.of(node));
            while (!todo.isEmpty() && out.length() <= limit) {
                Object next = todo.pop();
                switch (next) {
                    case String literal -> out.append(literal);
                    case ScalarNode s -> out.append(s.getValue());
                    case SequenceNode seq -> push(todo, "[", seq.getValue(), "]");
                    case MappingNode map -> {
                        List<Object> pairs = new ArrayList<>();
                        for (NodeTuple t : map.getValue()) pairs.add(List.of(t.getKeyNode(), ": ", t.getValueNode()));
                        push(todo, "{", pairs, "}");
                    }
                    case List<?> parts -> parts.reversed().forEach(todo::push);
                    default -> out.append(next);
                }
            }
            return out.length() > limit ? out.substring(0, limit) + "…" : out.toString();
        }

        /** Pushes open, the items separated by ", ", close, so that they pop in that order. */
        private static void push(Deque<Object> todo, String open, List<?> items, String close) {
            todo.push(close);
            for (int i = items.size() - 1; i >= 0; i--) {
                todo.push(items.get(i));
                if (i > 0) todo.push(", ");
            }
            todo.push(open);
        }
    }

    /** Characters of a described value, and of one shown in a message; more is cut off. */
    static final int DESCRIBED = 2_000, SHOWN = 80;

    /** Parses a data block that must be a mapping; keys in the order written. */
    static Map<String, Entry> mapping(String file, DataBlock block) throws MapFileException {
        Node root = compose(file, block);
        if (root == null || (root instanceof ScalarNode s && s.getTag().equals(Tag.NULL))) return new LinkedHashMap<>();
        if (!(root instanceof MappingNode mapping)) {
            throw error(file, block.opening(), "expected 'key: value' pairs in the data");
        }
        return entries(file, mapping, block);
    }

    /** The pairs of a value that must be a mapping itself, such as {@code model: {mode: strict}}. */
    static Map<String, Entry> mapping(String file, Entry entry) throws MapFileException {
        if (!(entry.value().node() instanceof MappingNode mapping)) {
            throw error(file, entry.value().at(), "expected 'key: value' pairs under '" + entry.key() + "'");
        }
        return entries(file, mapping, entry.block());
    }

    private static Map<String, Entry> entries(String file, MappingNode mapping, DataBlock block) throws MapFileException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Position keyAt = position(block, keyNode);
            if (!(keyNode instanceof ScalarNode key)) {
                throw error(file, keyAt, "expected a plain key in the data, not a list or mapping");
            }
            if (entries.containsKey(key.getValue())) {
                throw error(file, keyAt, "duplicate data key '" + key.getValue() + "' (expected each key once)");
            }
            Node valueNode = tuple.getValueNode();
            entries.put(key.getValue(), new Entry(key.getValue(), keyAt, new Value(valueNode, position(block, valueNode)), block));
        }
        return entries;
    }

    /** The items of a list value, or the value itself as a one-item list. */
    static List<Value> items(Entry entry) {
        List<Value> items = new ArrayList<>();
        Value value = entry.value();
        if (value.node() instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) items.add(new Value(item, position(entry.block(), item)));
        } else if (!value.isNull()) {
            items.add(value);
        }
        return items;
    }

    /** Aliases ({@code *name}) one data element may hold; docs/map-format.md, "Limits". */
    static final int MAX_ALIASES = 50;

    /**
     * One YAML reader per thread, reused: building one (its resolver's patterns) cost more than reading
     * the few keys of a claim's data, twice per claim.
     */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        // bounds for hostile data, far above what a map needs: aliases, nesting, size
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(1_000_000);
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    });

    private static Node compose(String file, DataBlock block) throws MapFileException {
        Yaml yaml = YAML.get();
        try {
            String text = block.yaml();
            // an alias is written with *: data without one has none to count
            if (text.indexOf('*') >= 0) countAliases(file, block, yaml);
            return yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? block.opening() : block.at(mark.getLine(), mark.getColumn());
            String context = e.getContext() == null ? "" : " " + e.getContext();
            throw error(file, at, "data is not valid YAML: " + e.getProblem() + context);
        } catch (YAMLException e) {
            throw error(file, block.opening(), "data is not valid YAML: " + e.getMessage());
        }
    }

    /**
     * Aliases are counted before any node is built, all of them (the YAML parser's own bound counts
     * only those of lists and mappings): the one past {@link #MAX_ALIASES} is refused where it stands.
     * Nodes an alias names are shared, never copied, and every walk over them is bounded
     * ({@link Value#describe()}), so neither an alias bomb nor a value that contains itself can
     * exhaust a reading.
     */
    private static void countAliases(String file, DataBlock block, Yaml yaml) throws MapFileException {
        int aliases = 0;
        for (Event event : yaml.parse(new StringReader(block.yaml()))) {
            if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                Mark mark = event.getStartMark();
                Position at = mark == null ? block.opening() : block.at(mark.getLine(), mark.getColumn());
                throw error(file, at, "more than " + MAX_ALIASES + " YAML aliases (*name) in one data element (expected at most "
                        + MAX_ALIASES + "; write the values out)");
            }
        }
    }

    private static Position position(DataBlock block, Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? block.opening() : block.at(mark.getLine(), mark.getColumn());
    }

    private static MapFileException error(String file, Position at, String message) {
        return new MapFileException(file, at.line(), at.column(), message);
    }
}
