package org.dialectica.workspace;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import java.util.List;
import org.dialectica.map.Proposition;
import org.dialectica.map.TimeSpan;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history's changes and descriptions as JSON. The model knows nothing of JSON: records are
 * written field by field (their components) and read through their canonical constructors, and
 * the few annotations needed live here as mix-ins.
 */
final class ChangeJson {
    private ChangeJson() {}

    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {};
    private static final TypeReference<List<EditStep>> STEPS = new TypeReference<>() {};

    /** Each change says which it is by its simple name: {@code {"type":"PutClaim",…}}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
    private interface ChangeMixIn {}

    /** A proposition keeps its parts; its comparison keys are computed again when read. */
    private abstract static class PropositionMixIn {
        @JsonIgnore
        String topic;
        @JsonIgnore
        String directionKey;

        @JsonCreator
        PropositionMixIn(@JsonProperty("subject") String subject, @JsonProperty("dimension") String dimension,
                @JsonProperty("direction") String direction, @JsonProperty("span") TimeSpan span) {}
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // fields, not getters: derived accessors such as Claim.isSourcedEvidence() are not data
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                    .withVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY))
            .addMixIn(Change.class, ChangeMixIn.class)
            .addMixIn(Proposition.class, PropositionMixIn.class)
            // every kind of change the sealed interface permits, also one added later
            .registerSubtypes(Change.class.getPermittedSubclasses())
            .build();

    static String write(List<Change> changes) {
        return MAPPER.writerFor(CHANGES).writeValueAsString(changes);
    }

    static List<Change> read(String json) {
        return MAPPER.readValue(json, CHANGES);
    }

    static String writeSteps(List<EditStep> steps) {
        return MAPPER.writerFor(STEPS).writeValueAsString(steps);
    }

    static List<EditStep> readSteps(String json) {
        return MAPPER.readValue(json, STEPS);
    }

    /** Whose values were replaced, as news for the other instances. */
    static String writeReplaced(MapEvent.Replaced replaced) {
        return MAPPER.writeValueAsString(replaced);
    }

    static MapEvent.Replaced readReplaced(String json) {
        return MAPPER.readValue(json, MapEvent.Replaced.class);
    }
}
