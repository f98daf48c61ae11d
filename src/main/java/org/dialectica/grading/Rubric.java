package org.dialectica.grading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A rubric: its criteria (id, title, description, points, pass mark) and the rules that decide them
 * (.drl sources, file name → text). Read from a YAML file whose {@code rules} names the .drl file
 * beside it; {@code default} is the shipped rubric, {@code rules/rubrics/default.yaml}.
 */
public record Rubric(String title, List<Criterion> criteria, Map<String, String> rules, String origin) {

    /** A criterion: its points when fully met, and the share of its items that must be met to pass. */
    public record Criterion(String id, String title, String description, double points, double threshold) {}

    public Rubric {
        criteria = List.copyOf(criteria);
        rules = Map.copyOf(rules);
    }

    public double max() {
        return criteria.stream().mapToDouble(Criterion::points).sum();
    }

    /** The same rubric with other points and pass marks (the rules stay): what a teacher edits in the app. */
    public Rubric with(List<Criterion> edited) {
        return new Rubric(title, edited, rules, origin);
    }

    /** {@code default}: {@code rules/rubrics/default.yaml} if at hand, else the jar's copy; anything else: a YAML file. */
    public static Rubric load(String nameOrPath) throws RubricException {
        if (nameOrPath.equals("default")) {
            Path local = Path.of("rules", "rubrics", "default.yaml");
            return Files.isRegularFile(local) ? read(local) : packagedDefault();
        }
        Path file = Path.of(nameOrPath);
        if (!Files.isRegularFile(file)) throw new RubricException(nameOrPath + ": no such rubric file (name a .yaml rubric, or default)");
        return read(file);
    }

    public static Rubric read(Path yaml) throws RubricException {
        try {
            String text = Files.readString(yaml, StandardCharsets.UTF_8);
            Map<String, Object> doc = parse(yaml.toString(), text);
            String rulesName = string(doc, "rules", yaml.toString());
            if (rulesName == null) throw new RubricException(yaml + ": rules: name the .drl file that decides the criteria");
            Path drl = yaml.toAbsolutePath().getParent().resolve(rulesName).normalize();
            if (!Files.isRegularFile(drl)) throw new RubricException(yaml + ": rules: no such file " + drl);
            Map<String, String> rules = new LinkedHashMap<>();
            rules.put(drl.getFileName().toString(), Files.readString(drl, StandardCharsets.UTF_8));
            return of(doc, rules, yaml.toString());
        } catch (IOException e) {
            throw new RubricException(yaml + ": cannot read: " + e.getMessage());
        }
    }

    static Rubric packagedDefault() throws RubricException {
        try (InputStream yaml = Rubric.class.getResourceAsStream("/dialectica-rules/rubrics/default.yaml");
                InputStream drl = Rubric.class.getResourceAsStream("/dialectica-rules/rubrics/default.drl")) {
            if (yaml == null || drl == null) throw new RubricException("the packaged default rubric is missing");
            String origin = "packaged dialectica-rules/rubrics/default.yaml";
            return of(parse(origin, new String(yaml.readAllBytes(), StandardCharsets.UTF_8)),
                    Map.of("default.drl", new String(drl.readAllBytes(), StandardCharsets.UTF_8)), origin);
        } catch (IOException e) {
            throw new RubricException("cannot read the packaged default rubric: " + e.getMessage());
        }
    }

    /** A rubric from YAML text and its rules, as a teacher saves it in the app. */
    public static Rubric of(String origin, String yaml, Map<String, String> rules) throws RubricException {
        return of(parse(origin, yaml), rules, origin);
    }

    private static Rubric of(Map<String, Object> doc, Map<String, String> rules, String origin) throws RubricException {
        Object list = doc.get("criteria");
        if (!(list instanceof List<?> items) || items.isEmpty()) throw new RubricException(origin + ": criteria: a list of criteria is required");
        List<Criterion> criteria = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = origin + ": criteria[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> raw)) throw new RubricException(at + ": a criterion is {id, title, points, threshold}");
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) raw;
            String id = string(c, "id", at);
            if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) throw new RubricException(at + ".id: a lower-case id such as thesis-grounded is required");
            if (!ids.add(id)) throw new RubricException(at + ".id: '" + id + "' appears twice");
            double points = number(c, "points", at, 1);
            double threshold = number(c, "threshold", at, 1);
            if (points < 0) throw new RubricException(at + ".points: cannot be negative");
            if (threshold < 0 || threshold > 1) throw new RubricException(at + ".threshold: a share between 0 and 1");
            String title = string(c, "title", at);
            criteria.add(new Criterion(id, title == null ? id : title, string(c, "description", at), points, threshold));
        }
        String title = string(doc, "title", origin);
        return new Rubric(title == null ? "Rubric" : title, criteria, rules, origin);
    }

    private static Map<String, Object> parse(String origin, String text) throws RubricException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        try {
            Object doc = new Yaml(new SafeConstructor(options)).load(text);
            if (!(doc instanceof Map<?, ?> map)) throw new RubricException(origin + ": a rubric is a YAML mapping with title, rules and criteria");
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) map;
            return m;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? origin : origin + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            throw new RubricException(where + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new RubricException(origin + ": not valid YAML: " + e.getMessage());
        }
    }

    private static String string(Map<String, Object> m, String key, String at) throws RubricException {
        Object v = m.get(key);
        if (v == null) return null;
        if (!(v instanceof String s)) throw new RubricException(at + "." + key + ": a text is expected");
        return s.isBlank() ? null : s.strip();
    }

    private static double number(Map<String, Object> m, String key, String at, double otherwise) throws RubricException {
        Object v = m.get(key);
        if (v == null) return otherwise;
        if (!(v instanceof Number n)) throw new RubricException(at + "." + key + ": a number is expected");
        return n.doubleValue();
    }
}
