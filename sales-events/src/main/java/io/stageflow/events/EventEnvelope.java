package io.stageflow.events;

import io.stageflow.events.ids.TenantId;
import java.net.URI;
import java.time.Instant;

/**
 * An event with its CloudEvents metadata as read from or written to Kafka.
 *
 * @param eventId globally unique; the deduplication key
 * @param sequence the event's position in its aggregate's history, starting at 0
 * @param recordedAt when the service stored the event (the event's own occurredAt is business time)
 */
public record EventEnvelope(
        String eventId,
        EventType type,
        URI source,
        TenantId tenantId,
        long sequence,
        Instant recordedAt,
        SalesEvent event) {

    public String subject() {
        return event.aggregateId();
    }
}
