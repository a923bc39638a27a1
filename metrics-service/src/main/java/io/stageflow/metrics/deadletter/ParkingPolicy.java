package io.stageflow.metrics.deadletter;

import io.stageflow.kit.observe.TraceContext;
import io.stageflow.metrics.messaging.CloudEventsMessageConverter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every event the projection fails on is parked, never dropped: the handler does no I/O (the batch's
 * reads and writes happen around it, ADR 0008), so what fails there is the event or the code, and
 * retrying it at once would fail again. A letter that fails its retry stays parked, counting its
 * retries. Each decision is one log line an operator can search for.
 */
public final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {
    static final String RETRIES = "retries";
    private static final Logger log = LoggerFactory.getLogger(ParkingPolicy.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        EventMessage<?> message = letter.message();
        long retries = letter.diagnostics().containsKey(RETRIES)
                ? ((Number) letter.diagnostics().get(RETRIES)).longValue() + 1
                : 0;
        log.error(
                "Parked event {} ({}) of aggregate {} of tenant {} at {}-{}@{} in the dead-letter queue"
                        + " (retries: {}, trace {}); its aggregate's later events wait behind it: {}",
                message.getIdentifier(),
                message.getMetaData()
                        .getOrDefault(
                                CloudEventsMessageConverter.EVENT_TYPE,
                                message.getPayloadType().getSimpleName()),
                DeadLetterSequences.aggregateOf(message),
                DeadLetterSequences.tenantOf(message),
                message.getMetaData().get(CloudEventsMessageConverter.KAFKA_TOPIC),
                message.getMetaData().get(CloudEventsMessageConverter.KAFKA_PARTITION),
                message.getMetaData().get(CloudEventsMessageConverter.KAFKA_OFFSET),
                retries,
                TraceContext.traceId((String) message.getMetaData().get(TraceContext.TRACEPARENT))
                        .orElse("none"),
                cause.toString());
        return Decisions.enqueue(cause, parked -> parked.diagnostics().and(RETRIES, retries));
    }
}
