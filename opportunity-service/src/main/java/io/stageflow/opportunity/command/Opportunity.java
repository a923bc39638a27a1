package io.stageflow.opportunity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.stageflow.events.Money;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityFieldsChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.kit.domain.AggregateAccess;
import io.stageflow.kit.domain.BusinessTime;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import io.stageflow.kit.reasons.ReasonKind;
import io.stageflow.kit.reasons.ReasonLists;
import io.stageflow.opportunity.account.AccountDirectory;
import io.stageflow.opportunity.pipeline.PipelineCatalog;
import io.stageflow.opportunity.pipeline.PipelineVersion;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An opportunity on one version of one pipeline. Command handlers decide and apply; event-sourcing
 * handlers only assign. Every handler answers with the opportunity's version after it, the sequence
 * number of its last event, so that the caller can send it back in If-Match. Pipelines, reason lists
 * and accounts are resources the handlers are given. The stage and the outcome are decided here;
 * the deal's terms (amount, close date, owner, account, custom fields) by its {@link DealTerms}.
 */
@Aggregate
public class Opportunity {
    @AggregateIdentifier
    private OpportunityId opportunityId;

    private TenantId tenantId;
    private LeadId leadId;
    private PipelineId pipelineId;
    private int pipelineVersion;
    private String stage;
    private OpportunityStatus status;
    private boolean qualified;
    /** The lead source, which the win carries to the account it makes a customer (CAC by channel). */
    private String source;

    @AggregateMember
    private DealTerms terms;

    private Instant openedAt;
    private Instant lastOccurredAt;

    protected Opportunity() {}

    /**
     * Opening is idempotent for conversions: the id of a converted lead's opportunity is fixed by
     * the LeadConverted event, so a redelivered event finds the opportunity open and changes nothing.
     * A conversion is a fact already recorded, so it opens whatever the first stage's criteria say;
     * an opening through the API has to meet them.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(OpenOpportunity command, PipelineCatalog pipelines, AccountDirectory accounts) {
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
            throw new InvalidCommand("dimensions", "an opportunity needs its dimensions");
        }
        Money money = Amounts.of(command.amount(), command.currency());
        PipelineVersion pipeline = pipelines
                .latest(command.tenantId(), command.pipelineOrDefault())
                .orElseThrow(() -> new InvalidCommand(
                        "pipelineId", "no pipeline " + command.pipelineOrDefault() + " for this tenant"));
        if (command.accountId() != null && !accounts.exists(command.tenantId(), command.accountId())) {
            throw new InvalidCommand("accountId", "no account " + command.accountId() + " for this tenant");
        }
        CustomFields.Change initial = CustomFields.change(Map.of(), command.fields(), true);
        String first = pipeline.first().name();
        Set<String> present = DealTerms.present(
                CustomFields.after(Map.of(), initial), command.expectedCloseDate(), command.accountId());
        if (command.leadId() == null) {
            CustomFields.requireAll(pipeline.criteriaToEnter(null, first), present, first);
        }
        apply(new OpportunityOpened(
                command.tenantId(),
                command.opportunityId(),
                command.occurredAt(),
                command.leadId(),
                first,
                money,
                command.dimensions(),
                command.expectedCloseDate(),
                pipeline.pipelineId(),
                pipeline.version(),
                command.accountId()));
        if (!initial.isEmpty()) {
            apply(new OpportunityFieldsChanged(
                    tenantId, opportunityId, command.occurredAt(), initial.set(), initial.cleared()));
        }
        qualifyIfDue(pipeline, first, command.occurredAt());
        return getVersion();
    }

    @CommandHandler
    long handle(MoveOpportunityStage command, PipelineCatalog pipelines) {
        access(command.tenantId(), command.expectedVersion());
        PipelineVersion pipeline = StageMoves.pipeline(pipelines, tenantId, pipelineId, pipelineVersion);
        String target = StageMoves.target(pipeline, command.stage(), stage);
        Instant at = requireOpen(command.occurredAt());
        CustomFields.requireAll(pipeline.criteriaToEnter(stage, target), terms.present(), target);
        apply(new OpportunityStageChanged(tenantId, opportunityId, at, stage, target));
        qualifyIfDue(pipeline, target, at);
        return getVersion();
    }

    /**
     * The one way to record a change before the latest recorded one. It must really be back-dated
     * (otherwise it is an ordinary move) and not before the opening; both times are kept, since the
     * event's recorded time is when the correction was made.
     */
    @CommandHandler
    long handle(CorrectOpportunityStage command, PipelineCatalog pipelines) {
        access(command.tenantId(), command.expectedVersion());
        PipelineVersion pipeline = StageMoves.pipeline(pipelines, tenantId, pipelineId, pipelineVersion);
        String target = StageMoves.target(pipeline, command.stage(), stage);
        String reason = FieldChanges.text("reason", command.reason());
        requireOpen(BusinessTime.require(command.occurredAt()), openedAt);
        if (!command.occurredAt().isBefore(lastOccurredAt)) {
            throw new RuleViolation("occurredAt " + command.occurredAt() + " is not before the latest change at "
                    + lastOccurredAt + ": that is an ordinary stage move, not a correction");
        }
        CustomFields.requireAll(pipeline.criteriaToEnter(stage, target), terms.present(), target);
        apply(new OpportunityStageCorrected(tenantId, opportunityId, command.occurredAt(), stage, target, reason));
        qualifyIfDue(pipeline, target, command.occurredAt());
        return getVersion();
    }

    @CommandHandler
    long handle(WinOpportunity command) {
        access(command.tenantId(), command.expectedVersion());
        Money finalAmount = terms.finalAmount(command.amount());
        Instant at = requireOpen(command.occurredAt());
        apply(new OpportunityWon(tenantId, opportunityId, at, stage, finalAmount, terms.accountId(), source));
        return getVersion();
    }

    @CommandHandler
    long handle(LoseOpportunity command, ReasonLists reasons) {
        access(command.tenantId(), command.expectedVersion());
        String reason = reasons.requireListed(tenantId, ReasonKind.LOSS, "reason", command.reason());
        String competitor = command.competitor() == null || command.competitor().isBlank()
                ? null
                : FieldChanges.text("competitor", command.competitor());
        Instant at = requireOpen(command.occurredAt());
        apply(new OpportunityLost(tenantId, opportunityId, at, stage, reason, competitor));
        return getVersion();
    }

    /** Only a loss can be undone; back in the stage it was lost from unless another is named. */
    @CommandHandler
    long handle(ReopenOpportunity command, PipelineCatalog pipelines) {
        access(command.tenantId(), command.expectedVersion());
        PipelineVersion pipeline = StageMoves.pipeline(pipelines, tenantId, pipelineId, pipelineVersion);
        String target = command.stage() == null ? stage : StageMoves.target(pipeline, command.stage(), null);
        Instant at = BusinessTime.notBefore(command.occurredAt(), lastOccurredAt, "opportunity");
        if (status != OpportunityStatus.LOST) {
            throw new RuleViolation("only a lost opportunity can be re-opened; " + opportunityId + " is " + status);
        }
        CustomFields.requireAll(pipeline.criteriaToEnter(null, target), terms.present(), target);
        apply(new OpportunityReopened(tenantId, opportunityId, at, target));
        return getVersion();
    }

    /**
     * Tenant and the caller's view of the deal's owner and team first, then If-Match: the check every
     * command on an existing opportunity starts with.
     */
    void access(TenantId caller, Long expectedVersion) {
        AggregateAccess.requireRecord(
                tenantId,
                terms.ownerId(),
                terms.teamId(),
                caller,
                expectedVersion,
                "opportunity",
                opportunityId.value());
    }

    /** An open opportunity accepts changes, in business-time order: when this one happens. */
    Instant requireOpen(Instant occurredAt) {
        return requireOpen(occurredAt, lastOccurredAt);
    }

    void changedAt(Instant occurredAt) {
        lastOccurredAt = occurredAt;
    }

    private Instant requireOpen(Instant occurredAt, Instant notBefore) {
        BusinessTime.require(occurredAt);
        if (status != OpportunityStatus.OPEN) {
            throw new RuleViolation(
                    "opportunity " + opportunityId + " is " + status + " and accepts no further change");
        }
        return BusinessTime.notBefore(occurredAt, notBefore, "opportunity");
    }

    private void qualifyIfDue(PipelineVersion pipeline, String entered, Instant at) {
        if (!qualified && pipeline.qualifies(entered)) {
            apply(new OpportunityQualified(tenantId, opportunityId, at, pipelineId, pipelineVersion, entered));
        }
    }

    @EventSourcingHandler
    void on(OpportunityOpened event) {
        opportunityId = event.opportunityId();
        tenantId = event.tenantId();
        leadId = event.leadId();
        // Openings recorded before pipelines existed follow version 1 of the default pipeline.
        pipelineId = event.pipelineId() != null ? event.pipelineId() : PipelineId.defaultFor(event.tenantId());
        pipelineVersion = event.pipelineVersion() != null ? event.pipelineVersion() : 1;
        stage = event.stage();
        status = OpportunityStatus.OPEN;
        source = event.dimensions() == null ? null : event.dimensions().source();
        terms = new DealTerms(this, event);
        openedAt = event.occurredAt();
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(OpportunityStageChanged event) {
        stage = event.toStage();
        lastOccurredAt = event.occurredAt();
    }

    /** A correction moves the stage but not the latest change: it happened before it. */
    @EventSourcingHandler
    void on(OpportunityStageCorrected event) {
        stage = event.toStage();
    }

    @EventSourcingHandler
    void on(OpportunityQualified event) {
        qualified = true;
    }

    @EventSourcingHandler
    void on(OpportunityWon event) {
        status = OpportunityStatus.WON;
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(OpportunityLost event) {
        status = OpportunityStatus.LOST;
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(OpportunityReopened event) {
        status = OpportunityStatus.OPEN;
        stage = event.stage();
        lastOccurredAt = event.occurredAt();
    }
}
