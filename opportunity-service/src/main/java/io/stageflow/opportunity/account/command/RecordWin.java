package io.stageflow.opportunity.account.command;

import io.stageflow.events.Money;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A won deal of the account, as the opportunity reported it: won at {@code occurredAt} (business
 * time) and stored by the opportunity at {@code reportedAt}, which is what "not in the future" is
 * measured against, so that a redelivery is judged exactly like the first delivery; {@code source}
 * is the deal's lead source, null when the win did not say it.
 */
public record RecordWin(
        TenantId tenantId,
        @TargetAggregateIdentifier AccountId accountId,
        OpportunityId opportunityId,
        Money amount,
        Instant occurredAt,
        Instant reportedAt,
        String source) {}
