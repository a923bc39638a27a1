package io.stageflow.opportunity.messaging;

import io.stageflow.events.EventEnvelope;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.opportunity.command.OpenOpportunity;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the opportunity of every converted lead. Redelivery is harmless: the opportunity's id comes
 * from the event, and opening an already-open conversion's opportunity is a no-op. A record that is
 * not a valid lead event throws, so the binder retries it and then parks it on the dead-letter topic.
 */
public class ConvertedLeads {
    private static final Logger log = LoggerFactory.getLogger(ConvertedLeads.class);

    private final CommandGateway commands;

    public ConvertedLeads(CommandGateway commands) {
        this.commands = commands;
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
                converted.occurredAt()));
        log.debug("opened opportunity {} of lead {}", converted.opportunityId(), converted.leadId());
    }
}
