package io.stageflow.opportunity.messaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.stageflow.events.Dimensions;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.InvalidEventException;
import io.stageflow.events.Money;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.opportunity.command.OpenOpportunity;
import io.stageflow.opportunity.pipeline.InMemoryPipelineCatalog;
import io.stageflow.opportunity.pipeline.command.DefaultPipelines;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

class ConvertedLeadsTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    private static final PipelineId ENTERPRISE = new PipelineId("enterprise");
    private static final PipelineId DEFAULT = PipelineId.defaultFor(TENANT);

    private final CommandGateway commands = mock(CommandGateway.class);
    private final InMemoryPipelineCatalog pipelines =
            new InMemoryPipelineCatalog().with(TENANT, ENTERPRISE, InMemoryPipelineCatalog.definition("B", "A", "B"));
    private final ConvertedLeads convertedLeads =
            new ConvertedLeads(commands, pipelines, new DefaultPipelines(commands, Clock.systemUTC()));

    @Test
    void conversionOpensTheOpportunityWithTheLeadsDimensions() {
        OpportunityId opportunity = new OpportunityId("opp-1");
        Money amount = new Money(new BigDecimal("900"), "USD");

        convertedLeads.on(record(new LeadConverted(TENANT, LEAD, AT, "CONTACTED", opportunity, amount, DIMENSIONS)));

        verify(commands).sendAndWait(opening(opportunity, amount, DEFAULT));
    }

    @Test
    void aConversionOntoAChosenPipelineOpensOnIt() {
        OpportunityId opportunity = new OpportunityId("opp-2");
        Money amount = new Money(new BigDecimal("900"), "USD");

        convertedLeads.on(
                record(new LeadConverted(TENANT, LEAD, AT, "CONTACTED", opportunity, amount, DIMENSIONS, ENTERPRISE)));

        verify(commands).sendAndWait(opening(opportunity, amount, ENTERPRISE));
    }

    /** The lead service vouched for the pipeline; if this service disagrees, the deal must not be lost. */
    @Test
    void aConversionOntoAPipelineThisServiceDoesNotKnowOpensOnTheDefault() {
        OpportunityId opportunity = new OpportunityId("opp-3");
        Money amount = new Money(new BigDecimal("900"), "USD");

        convertedLeads.on(record(new LeadConverted(
                TENANT, LEAD, AT, "CONTACTED", opportunity, amount, DIMENSIONS, new PipelineId("gone"))));

        verify(commands).sendAndWait(opening(opportunity, amount, DEFAULT));
    }

    private static OpenOpportunity opening(OpportunityId opportunity, Money amount, PipelineId pipeline) {
        return new OpenOpportunity(
                TENANT,
                opportunity,
                LEAD,
                amount.amount(),
                amount.currency(),
                DIMENSIONS,
                AT,
                null,
                pipeline,
                null,
                null);
    }

    @Test
    void otherLeadEventsAreIgnored() {
        convertedLeads.on(record(new LeadCreated(TENANT, LEAD, AT, "NEW", DIMENSIONS)));

        verify(commands, never()).sendAndWait(any(OpenOpportunity.class));
    }

    @Test
    void recordThatIsNotAnEventFails() {
        var garbage = new ConsumerRecord<>("stageflow.lead-events.v1", 0, 0L, "k", "garbage".getBytes());

        assertThatThrownBy(() -> convertedLeads.on(garbage)).isInstanceOf(InvalidEventException.class);
        verifyNoInteractions(commands);
    }

    private static ConsumerRecord<String, byte[]> record(SalesEvent event) {
        ProducerRecord<String, byte[]> produced = SalesEventCodec.encode(new EventEnvelope(
                UUID.randomUUID().toString(), EventType.of(event), URI.create("/test"), TENANT, 0, AT, event));
        ConsumerRecord<String, byte[]> consumed =
                new ConsumerRecord<>(produced.topic(), 0, 0L, produced.key(), produced.value());
        produced.headers().forEach(header -> consumed.headers().add(header));
        return consumed;
    }
}
