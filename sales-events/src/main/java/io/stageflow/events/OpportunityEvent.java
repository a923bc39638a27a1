package io.stageflow.events;

import io.stageflow.events.ids.OpportunityId;

public non-sealed interface OpportunityEvent extends SalesEvent {
    OpportunityId opportunityId();

    @Override
    default String aggregateId() {
        return opportunityId().value();
    }
}
