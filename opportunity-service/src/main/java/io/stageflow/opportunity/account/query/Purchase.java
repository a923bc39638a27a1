package io.stageflow.opportunity.account.query;

import io.stageflow.events.Money;
import io.stageflow.events.ids.OpportunityId;
import java.time.Instant;

/** A won deal of the account, the one that made it a customer included. */
public record Purchase(OpportunityId opportunityId, Money amount, Instant occurredAt, Instant recordedAt) {}
