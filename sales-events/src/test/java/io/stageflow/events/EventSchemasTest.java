package io.stageflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stageflow.events.schema.EventSchemas;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    @Test
    void everySampleEventSatisfiesItsPublishedSchema() {
        for (SalesEvent event : SampleEvents.oneOfEach()) {
            assertThat(EventSchemas.violations(EventType.of(event), EventJson.write(event)))
                    .as(EventType.of(event).typeName())
                    .isEmpty();
        }
    }

    @Test
    void schemasCatchMissingFieldsBadFormatsAndForeignIds() {
        ObjectNode created = (ObjectNode)
                EventJson.mapper().valueToTree(SampleEvents.oneOfEach().get(0));
        created.remove("dimensions");
        created.put("occurredAt", "yesterday");
        created.put("leadId", "../../etc/passwd");

        assertThat(EventSchemas.violations(EventType.LEAD_CREATED, created))
                .anySatisfy(v -> assertThat(v).contains("dimensions"))
                .anySatisfy(v -> assertThat(v).contains("occurredAt"))
                .anySatisfy(v -> assertThat(v).contains("leadId"));
    }

    @Test
    void aFieldAddedByANewerProducerIsTolerated() {
        ObjectNode stageChanged = (ObjectNode)
                EventJson.mapper().valueToTree(SampleEvents.oneOfEach().get(1));
        stageChanged.put("probability", 0.4);

        assertThat(EventSchemas.violations(EventType.LEAD_STAGE_CHANGED, stageChanged))
                .isEmpty();
        assertThat(EventJson.read(
                        EventType.LEAD_STAGE_CHANGED, stageChanged.toString().getBytes()))
                .isEqualTo(SampleEvents.oneOfEach().get(1));
    }

    @Test
    void notJsonIsAViolationNotACrash() {
        assertThat(EventSchemas.violations(EventType.OPPORTUNITY_LOST, "{oops".getBytes()))
                .singleElement()
                .asString()
                .startsWith("not JSON");
    }
}
