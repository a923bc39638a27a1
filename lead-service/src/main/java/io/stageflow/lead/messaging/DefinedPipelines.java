package io.stageflow.lead.messaging;

import io.stageflow.events.EventEnvelope;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.lead.query.pipelines.KnownPipelineStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every pipeline definition on the process-events topic, so that a conversion can name
 * the pipeline. Redelivery is harmless: the store keeps each pipeline's latest version. A record
 * that is not a valid event throws, so the binder retries it and then parks it on the dead-letter topic.
 */
public class DefinedPipelines {
    private static final Logger log = LoggerFactory.getLogger(DefinedPipelines.class);

    private final KnownPipelineStore store;

    public DefinedPipelines(KnownPipelineStore store) {
        this.store = store;
    }

    public void on(ConsumerRecord<?, byte[]> record) {
        EventEnvelope envelope = SalesEventCodec.decode(record);
        if (!(envelope.event() instanceof PipelineDefined defined)) {
            // Reason lists share the topic; the lists this service checks are its own.
            log.trace("ignoring {} {}", envelope.type(), envelope.eventId());
            return;
        }
        store.record(defined);
        log.debug("pipeline {} of {} known at version {}", defined.pipelineId(), defined.tenantId(), defined.version());
    }
}
