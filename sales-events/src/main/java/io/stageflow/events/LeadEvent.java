package io.stageflow.events;

import io.stageflow.events.ids.LeadId;

public non-sealed interface LeadEvent extends SalesEvent {
    LeadId leadId();

    @Override
    default String aggregateId() {
        return leadId().value();
    }
}
