package org.dialectica.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** A rubric written back as YAML, as {@link Rubric#of} reads it: what an edit in the app saves. */
final class RubricYaml {
    private RubricYaml() {}

    /** English alone as a text; with other languages, a mapping by language code. */
    private static Object languages(String english, Map<String, String> others) {
        if (others.isEmpty()) return english;
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", english);
        m.putAll(new java.util.TreeMap<>(others));
        return m;
    }

    static String write(Rubric rubric, String drlName) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", rubric.title());
        List<String> files = new ArrayList<>(List.of(drlName));
        rubric.rules().keySet().stream().filter(f -> !f.equals(drlName)).sorted().forEach(files::add);
        doc.put("rules", files.size() == 1 ? drlName : files); // with its decision tables, if any
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Rubric.Criterion c : rubric.criteria()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("title", languages(c.title(), c.titles()));
            if (c.description() != null) m.put("description", languages(c.description(), c.descriptions()));
            m.put("points", c.points());
            m.put("threshold", c.threshold());
            criteria.add(m);
        }
        doc.put("criteria", criteria);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return new Yaml(options).dump(doc);
    }
}
