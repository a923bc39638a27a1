package io.stageflow.events;

import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/**
 * An event of the public contract. {@code occurredAt} is business time (it may be back-dated by
 * imports and corrections); the time it was recorded travels as CloudEvents metadata.
 */
public sealed interface SalesEvent permits LeadEvent, OpportunityEvent, ProcessEvent, AccountEvent, PlanEvent {
    TenantId tenantId();

    /** The id of the aggregate the event belongs to: the Kafka key and the CloudEvents subject. */
    String aggregateId();

    Instant occurredAt();
}
