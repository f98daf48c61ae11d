package org.dialectica.io.argdown;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dialectica.io.MapFileException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
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

        boolean isScalar() {
            return node instanceof ScalarNode;
        }

        String scalar() {
            return ((ScalarNode) node).getValue();
        }

        /** A readable form, for messages and for comparing two values. */
        String describe() {
            return describe(node);
        }

        private static String describe(Node node) {
            if (node instanceof ScalarNode s) return s.getValue();
            if (node instanceof SequenceNode seq) {
                return seq.getValue().stream().map(Value::describe).collect(Collectors.joining(", ", "[", "]"));
            }
            if (node instanceof MappingNode map) {
                return map.getValue().stream().map(t -> describe(t.getKeyNode()) + ": " + describe(t.getValueNode()))
                        .collect(Collectors.joining(", ", "{", "}"));
            }
            return node.toString();
        }
    }

    /** Parses a data block that must be a mapping; keys in the order written. */
    static Map<String, Entry> mapping(String file, DataBlock block) throws MapFileException {
        Node root = compose(file, block);
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (root == null || (root instanceof ScalarNode s && s.getTag().equals(Tag.NULL))) return entries;
        if (!(root instanceof MappingNode mapping)) {
            throw error(file, block.opening(), "expected 'key: value' pairs in the data");
        }
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

    private static Node compose(String file, DataBlock block) throws MapFileException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        try {
            return new Yaml(options).compose(new StringReader(block.yaml()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? block.opening() : block.at(mark.getLine(), mark.getColumn());
            String context = e.getContext() == null ? "" : " " + e.getContext();
            throw error(file, at, "data is not valid YAML: " + e.getProblem() + context);
        } catch (YAMLException e) {
            throw error(file, block.opening(), "data is not valid YAML: " + e.getMessage());
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
