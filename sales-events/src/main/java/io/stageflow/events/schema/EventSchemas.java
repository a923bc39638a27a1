package io.stageflow.events.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.stageflow.events.EventJson;
import io.stageflow.events.EventType;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (2020-12) of every event type, loaded from the classpath. Subscribers in other
 * languages get the same files; producers validate against them before anything leaves a service.
 */
public final class EventSchemas {
    public static final String BASE_URI = "https://stageflow.io/schemas/";

    private static final Map<EventType, JsonSchema> SCHEMAS = load();

    private EventSchemas() {}

    /** Violations of {@code type}'s schema by {@code json}; empty when valid. */
    public static List<String> violations(EventType type, byte[] json) {
        try {
            return violations(type, EventJson.mapper().readTree(json));
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    public static List<String> violations(EventType type, JsonNode json) {
        return SCHEMAS.get(type).validate(json).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    private static Map<EventType, JsonSchema> load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE_URI, "classpath:schemas/")));
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE_URI + type.typeName() + ".json"), config);
            schema.initializeValidators();
            schemas.put(type, schema);
        }
        return schemas;
    }
}
