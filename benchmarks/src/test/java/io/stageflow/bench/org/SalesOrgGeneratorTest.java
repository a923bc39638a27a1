package io.stageflow.bench.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.EventEnvelope;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.opportunity.OpportunityQualified;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SalesOrgGeneratorTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void everyAggregateIsSequencedFromZeroInBusinessTimeOrderAndEveryEventIsValid() {
        Map<String, List<EventEnvelope>> byAggregate = new HashMap<>();
        Set<String> ids = new HashSet<>();
        new SalesOrgGenerator(OrgSize.of("shape", 3_000), 7, NOW).generate(event -> {
            SalesEventCodec.encode(event); // refuses an event that breaks its schema
            assertThat(ids.add(event.eventId())).as("event ids are unique").isTrue();
            byAggregate.computeIfAbsent(event.subject(), k -> new ArrayList<>()).add(event);
        });
        byAggregate.values().forEach(events -> {
            for (int i = 0; i < events.size(); i++) {
                EventEnvelope event = events.get(i);
                assertThat(event.sequence()).isEqualTo(i);
                assertThat(event.event().occurredAt()).isBeforeOrEqualTo(NOW);
                if (i > 0) {
                    assertThat(event.event().occurredAt())
                            .isAfterOrEqualTo(events.get(i - 1).event().occurredAt());
                }
            }
        });
    }

    @Test
    void theFunnelHasTheTextbookShapeAndAboutElevenEventsPerOpportunity() {
        long[] contacted = {0};
        long[] qualified = {0};
        GeneratedEvents generated = new SalesOrgGenerator(OrgSize.of("shape", 30_000), 7, NOW).generate(event -> {
            if (event.event() instanceof LeadStageChanged) {
                contacted[0]++;
            } else if (event.event() instanceof OpportunityQualified) {
                qualified[0]++;
            }
        });
        double leads = generated.leads();
        assertThat(generated.leads()).isEqualTo(100_000);
        assertThat(contacted[0] / leads).isBetween(0.58, 0.61);
        assertThat(generated.opportunities() / leads).isBetween(0.28, 0.31);
        assertThat(qualified[0] / leads).isBetween(0.13, 0.16);
        assertThat(generated.won() / leads).isBetween(0.085, 0.105);
        assertThat(generated.events() / (double) generated.opportunities()).isBetween(9.0, 13.0);
    }
}
