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

    static String write(Rubric rubric, String drlName) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", rubric.title());
        doc.put("rules", drlName);
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Rubric.Criterion c : rubric.criteria()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("title", c.title());
            if (c.description() != null) m.put("description", c.description());
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
