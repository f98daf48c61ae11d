package org.dialectica.reasoning;

import java.io.StringReader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialectica.map.Vocabulary;
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
 * Reads the descriptor vocabulary ({@code descriptors.yaml} beside the rules). The YAML is read as
 * a node tree so that every mistake, in the YAML or in what it says, is reported as
 * {@code file:line:column: what is wrong}, like a rule that does not compile.
 */
final class VocabularyFile {
    static final String NAME = "descriptors.yaml";
    private static final List<String> SECTIONS = List.of("opposites", "values", "dimensions");

    private final String file;
    private final Vocabulary.Builder builder = Vocabulary.builder();

    private VocabularyFile(String file) {
        this.file = file;
    }

    /** @param file how to name the file in messages (its path, or the packaged resource) */
    static Vocabulary read(String file, String yaml) {
        return new VocabularyFile(file).parse(yaml);
    }

    private Vocabulary parse(String yaml) {
        Node root = compose(yaml);
        if (!(root instanceof MappingNode mapping)) {
            throw error(root, "expected the sections " + String.join(", ", SECTIONS) + " as 'key:' lines");
        }
        Map<String, Node> sections = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = word(tuple.getKeyNode(), "a section name");
            if (!SECTIONS.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown section '" + key + "' (expected " + String.join(", ", SECTIONS) + ")");
            }
            if (sections.put(key, tuple.getValueNode()) != null) throw error(tuple.getKeyNode(), "the section '" + key + "' is given twice");
        }
        for (String section : SECTIONS) {
            if (!sections.containsKey(section)) throw error(root, "missing the section '" + section + ":'");
        }
        readOpposites(sections.get("opposites"));
        readValues(sections.get("values"));
        for (Node dimension : list(sections.get("dimensions"), "a list of dimensions")) {
            String name = word(dimension, "a dimension");
            add(dimension, () -> builder.dimension(name));
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw error(root, e.getMessage());
        }
    }

    /** Each item is a pair: two poles, each with the words that mean the same, e.g. {@code - rises: [gains]  falls: [loses]}. */
    private void readOpposites(Node section) {
        for (Node item : list(section, "a list of pairs of opposite directions")) {
            if (!(item instanceof MappingNode pair) || pair.getValue().size() != 2) {
                throw error(item, "expected a pair of two opposite directions, each with its synonyms ('rises: [increases]' and 'falls: [decreases]')");
            }
            NodeTuple one = pair.getValue().get(0), other = pair.getValue().get(1);
            String name = word(one.getKeyNode(), "a direction") + " / " + word(other.getKeyNode(), "a direction");
            pole(name, true, one);
            pole(name, false, other);
        }
    }

    private void pole(String pair, boolean positive, NodeTuple pole) {
        String word = word(pole.getKeyNode(), "a direction");
        add(pole.getKeyNode(), () -> builder.pole(pair, positive, word));
        for (Node synonym : list(pole.getValueNode(), "a list of words meaning '" + word + "'")) {
            String same = word(synonym, "a direction");
            add(synonym, () -> builder.pole(pair, positive, same));
        }
    }

    private void readValues(Node section) {
        if (isEmpty(section)) return;
        if (!(section instanceof MappingNode sets)) throw error(section, "expected value sets, as 'name: [value, value, …]'");
        Set<String> names = new HashSet<>();
        for (NodeTuple tuple : sets.getValue()) {
            String set = word(tuple.getKeyNode(), "the name of a value set");
            if (!names.add(set)) throw error(tuple.getKeyNode(), "the value set '" + set + "' is given twice");
            List<Node> values = list(tuple.getValueNode(), "a list of values");
            if (values.size() < 2) throw error(tuple.getKeyNode(), "the value set '" + set + "' needs at least two values");
            for (Node value : values) {
                String member = word(value, "a value");
                add(value, () -> builder.value(set, member));
            }
        }
    }

    /** Adds a word, reporting at its place anything the vocabulary refuses (a word listed twice). */
    private void add(Node at, Runnable adding) {
        try {
            adding.run();
        } catch (IllegalArgumentException e) {
            throw error(at, e.getMessage());
        }
    }

    private List<Node> list(Node node, String expected) {
        if (isEmpty(node)) return List.of();
        if (node instanceof SequenceNode sequence) return sequence.getValue();
        throw error(node, "expected " + expected + ", as '- item' lines or [item, item]");
    }

    private String word(Node node, String expected) {
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        throw error(node, "expected " + expected + ", a plain word");
    }

    private static boolean isEmpty(Node node) {
        return node == null || node instanceof ScalarNode s && (s.getTag().equals(Tag.NULL) || s.getValue().isBlank());
    }

    private Node compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        try {
            return new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " " + e.getContext();
            throw new RulesException(at(mark) + "not valid YAML: " + e.getProblem() + context, e);
        } catch (YAMLException e) {
            throw new RulesException(file + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    private RulesException error(Node node, String message) {
        return new RulesException(at(node == null ? null : node.getStartMark()) + message);
    }

    private String at(Mark mark) {
        return mark == null ? file + ":1:1: " : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
    }
}
