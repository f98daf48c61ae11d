package org.dialectica.debate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A debate's setup, its moves and the canvas positions as the database keeps them. The engine's
 * records are written field by field and read through their canonical constructors, so the
 * engine's helper methods never become data.
 */
final class StoredJson {
    private StoredJson() {}

    private static final TypeReference<Map<String, double[]>> POSITIONS = new TypeReference<>() {};

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                    .withVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY))
            // a move names only what its type needs: the rest stays out of the row
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static Setup setup(String json) {
        return MAPPER.readValue(json, Setup.class);
    }

    static Move move(String json) {
        return MAPPER.readValue(json, Move.class);
    }

    static Map<String, double[]> positions(String json) {
        return json == null ? Map.of() : MAPPER.readValue(json, POSITIONS);
    }
}
