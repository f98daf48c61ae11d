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
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A rubric: its criteria (id, title, description, points, pass mark) and the rules that decide them
 * (.drl sources and decision tables, file name → text). Read from a YAML file whose {@code rules}
 * names the files beside it; titles and descriptions may be given in English and Indonesian; {@code default} is the shipped rubric, {@code rules/rubrics/default.yaml}.
 */
public record Rubric(String title, List<Criterion> criteria, Map<String, String> rules, String origin) {

    /**
     * A criterion: its points when fully met, and the share of its items that must be met to pass.
     * {@code title} and {@code description} are the English; {@code titles} and {@code descriptions}
     * hold them in other languages, by language code ({@code id} for Indonesian).
     */
    public record Criterion(String id, String title, String description, double points, double threshold,
            Map<String, String> titles, Map<String, String> descriptions) {
        public Criterion {
            titles = titles == null ? Map.of() : Map.copyOf(titles);
            descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
        }

        public Criterion(String id, String title, String description, double points, double threshold) {
            this(id, title, description, points, threshold, Map.of(), Map.of());
        }

        /** The title in the reader's language, else the English. */
        public String title(java.util.Locale locale) {
            return titles.getOrDefault(locale.getLanguage(), title);
        }

        /** The description in the reader's language, else the English (null when there is none). */
        public String description(java.util.Locale locale) {
            return descriptions.getOrDefault(locale.getLanguage(), description);
        }
    }

    public Rubric {
        criteria = List.copyOf(criteria);
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules)); // in the YAML's order: its .drl first
    }

    public double max() {
        return criteria.stream().mapToDouble(Criterion::points).sum();
    }

    /** The same rubric with other points and pass marks (the rules stay): what a teacher edits in the app. */
    public Rubric with(List<Criterion> edited) {
        Map<String, Criterion> before = new java.util.HashMap<>();
        criteria.forEach(c -> before.put(c.id(), c));
        List<Criterion> kept = new ArrayList<>();
        for (Criterion c : edited) {
            Criterion b = before.get(c.id());
            // an edit of points keeps the criterion's other languages
            kept.add(b == null || !c.titles().isEmpty() ? c : new Criterion(c.id(), c.title(), c.description(), c.points(), c.threshold(),
                    Objects.equals(b.title(), c.title()) ? b.titles() : Map.of(),
                    Objects.equals(b.description(), c.description()) ? b.descriptions() : Map.of()));
        }
        return new Rubric(title, kept, rules, origin);
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
            Map<String, String> rules = new LinkedHashMap<>();
            for (String name : ruleFiles(doc, yaml.toString())) {
                Path file = yaml.toAbsolutePath().getParent().resolve(name).normalize();
                if (!Files.isRegularFile(file)) throw new RubricException(yaml + ": rules: no such file " + file);
                rules.put(file.getFileName().toString(), ruleText(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            return of(doc, rules, yaml.toString());
        } catch (IOException e) {
            throw new RubricException(yaml + ": cannot read: " + e.getMessage());
        }
    }

    static Rubric packagedDefault() throws RubricException {
        try (InputStream yaml = Rubric.class.getResourceAsStream("/dialectica-rules/rubrics/default.yaml")) {
            if (yaml == null) throw new RubricException("the packaged default rubric is missing");
            String origin = "packaged dialectica-rules/rubrics/default.yaml";
            Map<String, Object> doc = parse(origin, new String(yaml.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> rules = new LinkedHashMap<>();
            for (String name : ruleFiles(doc, origin)) {
                try (InputStream file = Rubric.class.getResourceAsStream("/dialectica-rules/rubrics/" + name)) {
                    if (file == null) throw new RubricException("the packaged default rubric's " + name + " is missing");
                    rules.put(name, ruleText(name, file.readAllBytes()));
                }
            }
            return of(doc, rules, origin);
        } catch (IOException e) {
            throw new RubricException("cannot read the packaged default rubric: " + e.getMessage());
        }
    }

    /** A rubric from YAML text and its rules, as a teacher saves it in the app. */
    public static Rubric of(String origin, String yaml, Map<String, String> rules) throws RubricException {
        return of(parse(origin, yaml), rules, origin);
    }

    /** {@code rules}: one file name, or a list of them (.drl files and decision tables, .csv or .xlsx). */
    private static List<String> ruleFiles(Map<String, Object> doc, String origin) throws RubricException {
        Object v = doc.get("rules");
        List<String> names = new ArrayList<>();
        if (v instanceof String s && !s.isBlank()) names.add(s.strip());
        else if (v instanceof List<?> list) for (Object o : list) if (o instanceof String s && !s.isBlank()) names.add(s.strip());
        if (names.isEmpty()) throw new RubricException(origin + ": rules: name the .drl file (or files and decision tables) that decide the criteria");
        for (String n : names) {
            String lower = n.toLowerCase(java.util.Locale.ROOT);
            if (!lower.endsWith(".drl") && !lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
                throw new RubricException(origin + ": rules: " + n + " is not a .drl file or a decision table (.csv, .xlsx)");
            }
        }
        return names;
    }

    /** A rules file as the rubric keeps it: text, or an .xlsx spreadsheet as Base64 text. */
    public static String ruleText(String name, byte[] bytes) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? java.util.Base64.getEncoder().encodeToString(bytes)
                : new String(bytes, StandardCharsets.UTF_8);
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
            Map<String, String> titles = languages(c, "title", at), descriptions = languages(c, "description", at);
            String title = titles.remove("en"), description = descriptions.remove("en");
            criteria.add(new Criterion(id, title == null ? id : title, description, points, threshold, titles, descriptions));
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

    /**
     * A text in several languages: {@code title: Text} (English), {@code title: {en: …, id: …}}, and
     * {@code title_id: …} for the Indonesian beside an English {@code title}.
     */
    private static Map<String, String> languages(Map<String, Object> m, String key, String at) throws RubricException {
        Map<String, String> out = new LinkedHashMap<>();
        Object v = m.get(key);
        if (v instanceof Map<?, ?> byLanguage) {
            for (Map.Entry<?, ?> e : byLanguage.entrySet()) {
                if (!(e.getKey() instanceof String lang) || !lang.matches("[a-z]{2,3}")) {
                    throw new RubricException(at + "." + key + ": a language code such as en or id is expected, not " + e.getKey());
                }
                if (!(e.getValue() instanceof String text)) throw new RubricException(at + "." + key + "." + lang + ": a text is expected");
                if (!text.isBlank()) out.put(lang, text.strip());
            }
        } else {
            String english = string(m, key, at);
            if (english != null) out.put("en", english);
        }
        for (String k : m.keySet()) {
            if (k.startsWith(key + "_") && k.length() > key.length() + 1) {
                String text = string(m, k, at);
                if (text != null) out.put(k.substring(key.length() + 1), text);
            }
        }
        return out;
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
