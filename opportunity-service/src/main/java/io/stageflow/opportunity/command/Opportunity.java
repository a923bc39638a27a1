package io.stageflow.opportunity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.stageflow.events.Money;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.kit.domain.AggregateAccess;
import io.stageflow.kit.domain.BusinessTime;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An opportunity in the pipeline. Command handlers decide and apply; event-sourcing handlers only
 * assign. Every handler answers with the opportunity's version after it, the sequence number of its
 * last event, so that the caller can send it back in If-Match. What a field change must look like
 * is {@link FieldChanges}'s to say.
 */
@Aggregate
public class Opportunity {
    @AggregateIdentifier
    private OpportunityId opportunityId;

    private TenantId tenantId;
    private LeadId leadId;
    private OpportunityStage stage;
    private OpportunityStatus status;
    private Money amount;
    private LocalDate expectedCloseDate;
    private String ownerId;
    private String teamId;
    private Instant lastOccurredAt;

    protected Opportunity() {}

    /**
     * Opening is idempotent for conversions: the id of a converted lead's opportunity is fixed by
     * the LeadConverted event, so a redelivered event finds the opportunity open and changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(OpenOpportunity command) {
        if (opportunityId != null) {
            if (command.leadId() != null
                    && tenantId.equals(command.tenantId())
                    && Objects.equals(leadId, command.leadId())) {
                return getVersion();
            }
            throw new RuleViolation("opportunity " + command.opportunityId() + " already exists");
        }
        BusinessTime.require(command.occurredAt());
        if (command.dimensions() == null) {
            throw new InvalidCommand("an opportunity needs its dimensions");
        }
        Money money = Amounts.of(command.amount(), command.currency());
        apply(new OpportunityOpened(
                command.tenantId(),
                command.opportunityId(),
                command.occurredAt(),
                command.leadId(),
                OpportunityStage.NEEDS_ANALYSIS.name(),
                money,
                command.dimensions(),
                command.expectedCloseDate()));
        return getVersion();
    }

    @CommandHandler
    long handle(MoveOpportunityStage command) {
        AggregateAccess.require(
                tenantId, command.tenantId(), command.expectedVersion(), "opportunity", opportunityId.value());
        OpportunityStage target = OpportunityStage.parse(command.stage());
        requireOpen(command.occurredAt());
        if (target.compareTo(stage) <= 0) {
            throw new RuleViolation("an opportunity only moves forward: it is in " + stage + ", not before " + target);
        }
        apply(new OpportunityStageChanged(tenantId, opportunityId, command.occurredAt(), stage.name(), target.name()));
        return getVersion();
    }

    @CommandHandler
    long handle(WinOpportunity command) {
        AggregateAccess.require(
                tenantId, command.tenantId(), command.expectedVersion(), "opportunity", opportunityId.value());
        Money finalAmount = command.amount() == null ? amount : Amounts.of(command.amount(), amount.currency());
        requireOpen(command.occurredAt());
        apply(new OpportunityWon(tenantId, opportunityId, command.occurredAt(), stage.name(), finalAmount));
        return getVersion();
    }

    @CommandHandler
    long handle(LoseOpportunity command) {
        AggregateAccess.require(
                tenantId, command.tenantId(), command.expectedVersion(), "opportunity", opportunityId.value());
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidCommand("losing an opportunity needs a reason");
        }
        String competitor =
                command.competitor() == null || command.competitor().isBlank() ? null : command.competitor();
        requireOpen(command.occurredAt());
        apply(new OpportunityLost(
                tenantId, opportunityId, command.occurredAt(), stage.name(), command.reason(), competitor));
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeOpportunityAmount command) {
        AggregateAccess.require(
                tenantId, command.tenantId(), command.expectedVersion(), "opportunity", opportunityId.value());
        Money to = FieldChanges.amount(amount, command.amount(), command.currency());
        requireOpen(command.occurredAt());
        FieldChanges.requireAmountChange(amount, to);
        apply(new OpportunityAmountChanged(tenantId, opportunityId, command.occurredAt(), amount, to));
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeExpectedCloseDate command) {
        AggregateAccess.require(
                tenantId, command.tenantId(), command.expectedVersion(), "opportunity", opportunityId.value());
        LocalDate to = FieldChanges.closeDate(command.expectedCloseDate());
        requireOpen(command.occurredAt());
        FieldChanges.requireCloseDateChange(expectedCloseDate, to);
        apply(new OpportunityCloseDateChanged(tenantId, opportunityId, command.occurredAt(), expectedCloseDate, to));
        return getVersion();
    }

    @CommandHandler
    long handle(ReassignOpportunity command) {
        AggregateAccess.require(
                tenantId, command.tenantId(), command.expectedVersion(), "opportunity", opportunityId.value());
        String owner = FieldChanges.id("ownerId", command.ownerId());
        String team = FieldChanges.id("teamId", command.teamId());
        requireOpen(command.occurredAt());
        FieldChanges.requireOwnerChange(ownerId, teamId, owner, team);
        apply(new OpportunityReassigned(tenantId, opportunityId, command.occurredAt(), ownerId, teamId, owner, team));
        return getVersion();
    }

    private void requireOpen(Instant occurredAt) {
        BusinessTime.require(occurredAt);
        if (status != OpportunityStatus.OPEN) {
            throw new RuleViolation(
                    "opportunity " + opportunityId + " is " + status + " and accepts no further change");
        }
        BusinessTime.requireNotBefore(occurredAt, lastOccurredAt, "opportunity");
    }

    @EventSourcingHandler
    void on(OpportunityOpened event) {
        opportunityId = event.opportunityId();
        tenantId = event.tenantId();
        leadId = event.leadId();
        stage = OpportunityStage.valueOf(event.stage());
        status = OpportunityStatus.OPEN;
        amount = event.amount();
        expectedCloseDate = event.expectedCloseDate();
        ownerId = event.dimensions().ownerId();
        teamId = event.dimensions().teamId();
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(OpportunityStageChanged event) {
        stage = OpportunityStage.valueOf(event.toStage());
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(OpportunityWon event) {
        status = OpportunityStatus.WON;
        amount = event.amount();
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(OpportunityLost event) {
        status = OpportunityStatus.LOST;
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(OpportunityAmountChanged event) {
        amount = event.to();
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(OpportunityCloseDateChanged event) {
        expectedCloseDate = event.toDate();
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(OpportunityReassigned event) {
        ownerId = event.ownerId();
        teamId = event.teamId();
        lastOccurredAt = event.occurredAt();
    }
}
