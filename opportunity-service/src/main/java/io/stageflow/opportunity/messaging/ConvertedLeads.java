package io.stageflow.opportunity.messaging;

import io.stageflow.events.EventEnvelope;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.opportunity.command.OpenOpportunity;
import io.stageflow.opportunity.pipeline.PipelineCatalog;
import io.stageflow.opportunity.pipeline.command.DefaultPipelines;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the opportunity of every converted lead, on the pipeline the conversion chose. Redelivery
 * is harmless: the opportunity's id comes from the event, and opening an already-open conversion's
 * opportunity is a no-op. A record that is not a valid lead event throws, so the binder retries it
 * and then parks it on the dead-letter topic.
 */
public class ConvertedLeads {
    private static final Logger log = LoggerFactory.getLogger(ConvertedLeads.class);

    private final CommandGateway commands;
    private final PipelineCatalog pipelines;
    private final DefaultPipelines defaultPipelines;

    public ConvertedLeads(CommandGateway commands, PipelineCatalog pipelines, DefaultPipelines defaultPipelines) {
        this.commands = commands;
        this.pipelines = pipelines;
        this.defaultPipelines = defaultPipelines;
    }

    public void on(ConsumerRecord<?, byte[]> record) {
        EventEnvelope envelope = SalesEventCodec.decode(record);
        if (!(envelope.event() instanceof LeadConverted converted)) {
            // Only conversions concern opportunities; every other lead event is expected and skipped.
            log.trace("ignoring {} {}", envelope.type(), envelope.eventId());
            return;
        }
        commands.sendAndWait(new OpenOpportunity(
                converted.tenantId(),
                converted.opportunityId(),
                converted.leadId(),
                converted.amount().amount(),
                converted.amount().currency(),
                converted.dimensions(),
                converted.occurredAt(),
                null,
                pipelineOf(converted),
                null,
                null));
        log.debug("opened opportunity {} of lead {}", converted.opportunityId(), converted.leadId());
    }

    /**
     * The lead service checked the pipeline against its own projection of pipeline events, so an
     * unknown one means that projection and this service disagree. The conversion is a fact and must
     * not be lost: the opportunity opens on the default pipeline, and the disagreement is logged.
     */
    private PipelineId pipelineOf(LeadConverted converted) {
        PipelineId chosen = converted.pipelineId();
        if (chosen != null && pipelines.latest(converted.tenantId(), chosen).isPresent()) {
            return chosen;
        }
        if (chosen != null) {
            log.warn(
                    "lead {} of tenant {} was converted onto pipeline {}, which this service does not know; "
                            + "opportunity {} opens on the default pipeline",
                    converted.leadId(),
                    converted.tenantId(),
                    chosen,
                    converted.opportunityId());
        }
        return defaultPipelines.ensure(converted.tenantId());
    }
}
