package io.stageflow.lead.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.stageflow.events.Dimensions;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.lead.LeadStageCorrected;
import io.stageflow.kit.domain.AggregateAccess;
import io.stageflow.kit.domain.BusinessTime;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import io.stageflow.kit.reasons.ReasonKind;
import io.stageflow.kit.reasons.ReasonLists;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A lead in the funnel. Command handlers decide and apply; event-sourcing handlers only assign. A
 * handler that changes an existing lead answers with its new version, the sequence number of the
 * event just applied, so that the caller can send it back in If-Match. Which status accepts which
 * change is {@link LeadChange}'s to say.
 */
@Aggregate
public class Lead {
    /** The creating constructor applies exactly one event, and a stream's first sequence number is 0. */
    public static final long CREATED_VERSION = 0;

    @AggregateIdentifier
    private LeadId leadId;

    private TenantId tenantId;
    private LeadStage stage;
    private LeadStatus status;
    /** As created, but with the current owner and team: a conversion hands the deal to them. */
    private Dimensions dimensions;

    private Instant lastOccurredAt;
    /** When the lead entered its current stage: a correction cannot move it out of the stage before that. */
    private Instant stageEnteredAt;

    protected Lead() {}

    @CommandHandler
    public Lead(CreateLead command) {
        BusinessTime.require(command.occurredAt());
        if (command.dimensions() == null) {
            throw new InvalidCommand("a lead needs its dimensions");
        }
        ContactRole role = command.contactRole();
        apply(new LeadCreated(
                command.tenantId(),
                command.leadId(),
                command.occurredAt(),
                LeadStage.NEW.name(),
                command.dimensions(),
                ContractText.optional("campaign", command.campaign()),
                role == null ? null : role.name()));
    }

    @CommandHandler
    long handle(MoveLeadStage command) {
        access(command.tenantId(), command.expectedVersion());
        LeadStage target = forwardTarget(command.stage());
        Instant at = requireAccepted(LeadChange.MOVE_STAGE, command.occurredAt());
        apply(new LeadStageChanged(tenantId, leadId, at, stage.name(), target.name()));
        return getVersion();
    }

    /**
     * A stage move recorded late: it happened before the lead's latest recorded change (else it is an
     * ordinary move, 409) and not before the lead entered the stage it leaves. The lead's latest change
     * stays where it was; the event's recorded time is when the correction was made.
     */
    @CommandHandler
    long handle(CorrectLeadStage command) {
        access(command.tenantId(), command.expectedVersion());
        LeadStage target = forwardTarget(command.stage());
        String reason = ContractText.required("reason", command.reason());
        Instant occurredAt = BusinessTime.require(command.occurredAt());
        LeadChange.CORRECT_STAGE.requireAcceptedIn(status, leadId);
        if (!occurredAt.isBefore(lastOccurredAt)) {
            throw new RuleViolation("occurredAt " + occurredAt + " is not before the latest change at " + lastOccurredAt
                    + ": that is an ordinary stage move, not a correction");
        }
        if (occurredAt.isBefore(stageEnteredAt)) {
            throw new RuleViolation("occurredAt " + occurredAt + " is before the lead entered " + stage + " at "
                    + stageEnteredAt + ", so it cannot have left it then");
        }
        apply(new LeadStageCorrected(tenantId, leadId, occurredAt, stage.name(), target.name(), reason));
        return getVersion();
    }

    /** The reason must be on the tenant's DISQUALIFY list as it is now (a 400 lists the ones that are). */
    @CommandHandler
    long handle(DisqualifyLead command, ReasonLists reasonLists) {
        access(command.tenantId(), command.expectedVersion());
        String reason = reasonLists.requireListed(tenantId, ReasonKind.DISQUALIFY, "reason", command.reason());
        Instant at = requireAccepted(LeadChange.DISQUALIFY, command.occurredAt());
        apply(new LeadDisqualified(tenantId, leadId, at, stage.name(), reason));
        return getVersion();
    }

    @CommandHandler
    long handle(ConvertLead command, KnownPipelines pipelines) {
        access(command.tenantId(), command.expectedVersion());
        if (command.opportunityId() == null) {
            throw new InvalidCommand("a conversion needs the new opportunity's id");
        }
        var amount = Amounts.of(command.amount(), command.currency());
        pipelines.requireChoosable(tenantId, "pipelineId", command.pipelineId());
        Instant at = requireAccepted(LeadChange.CONVERT, command.occurredAt());
        apply(new LeadConverted(
                tenantId, leadId, at, stage.name(), command.opportunityId(), amount, dimensions, command.pipelineId()));
        return getVersion();
    }

    @CommandHandler
    long handle(ReassignLead command) {
        access(command.tenantId(), command.expectedVersion());
        String owner = ContractText.required("ownerId", command.ownerId());
        String team = ContractText.required("teamId", command.teamId());
        Instant at = requireAccepted(LeadChange.REASSIGN, command.occurredAt());
        if (owner.equals(dimensions.ownerId()) && team.equals(dimensions.teamId())) {
            throw new RuleViolation("lead " + leadId + " already belongs to " + owner + " in " + team);
        }
        apply(new LeadReassigned(tenantId, leadId, at, dimensions.ownerId(), dimensions.teamId(), owner, team));
        return getVersion();
    }

    @CommandHandler
    long handle(ReopenLead command) {
        access(command.tenantId(), command.expectedVersion());
        Instant at = requireAccepted(LeadChange.REOPEN, command.occurredAt());
        // Disqualifying leaves the stage as it was, so the current stage is the one to return to.
        apply(new LeadReopened(tenantId, leadId, at, stage.name()));
        return getVersion();
    }

    /** Corrections included: the lead funnel only runs forward, so a move back would be no fact to record. */
    private LeadStage forwardTarget(String name) {
        LeadStage target = LeadStage.parse(name);
        if (target.compareTo(stage) <= 0) {
            throw new RuleViolation("a lead only moves forward: it is in " + stage + ", not before " + target);
        }
        return target;
    }

    /** When the change happens, if the lead accepts it now. */
    private Instant requireAccepted(LeadChange change, Instant occurredAt) {
        BusinessTime.require(occurredAt);
        change.requireAcceptedIn(status, leadId);
        return BusinessTime.notBefore(occurredAt, lastOccurredAt, "lead");
    }

    /** Tenant and the caller's view of the lead's owner and team first, then If-Match. */
    private void access(TenantId caller, Long expectedVersion) {
        AggregateAccess.requireRecord(
                tenantId, dimensions.ownerId(), dimensions.teamId(), caller, expectedVersion, "lead", leadId.value());
    }

    @EventSourcingHandler
    void on(LeadCreated event) {
        leadId = event.leadId();
        tenantId = event.tenantId();
        stage = LeadStage.valueOf(event.stage());
        status = LeadStatus.OPEN;
        dimensions = event.dimensions();
        lastOccurredAt = event.occurredAt();
        stageEnteredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(LeadStageChanged event) {
        stage = LeadStage.valueOf(event.toStage());
        lastOccurredAt = event.occurredAt();
        stageEnteredAt = event.occurredAt();
    }

    /** A correction moves the stage but not the latest change: it happened before it. */
    @EventSourcingHandler
    void on(LeadStageCorrected event) {
        stage = LeadStage.valueOf(event.toStage());
        stageEnteredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(LeadDisqualified event) {
        status = LeadStatus.DISQUALIFIED;
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(LeadConverted event) {
        status = LeadStatus.CONVERTED;
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(LeadReassigned event) {
        dimensions = new Dimensions(
                dimensions.source(), dimensions.industry(), dimensions.region(), event.ownerId(), event.teamId());
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(LeadReopened event) {
        status = LeadStatus.OPEN;
        stage = LeadStage.valueOf(event.stage());
        lastOccurredAt = event.occurredAt();
    }
}
