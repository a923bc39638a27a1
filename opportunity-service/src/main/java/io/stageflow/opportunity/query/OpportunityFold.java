package io.stageflow.opportunity.query;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.opportunity.OpportunityAccountChanged;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityFieldsChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.opportunity.command.OpportunityStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Folds one opportunity's events, oldest first, into its {@link OpportunityView}. */
final class OpportunityFold {
    private final OpportunityOpened opened;
    private final List<StageEntry> history = new ArrayList<>();
    private final Map<String, String> fields = new TreeMap<>();
    private long version;
    private String stage;
    private OpportunityStatus status = OpportunityStatus.OPEN;
    private Instant qualifiedAt;
    private Money amount;
    private LocalDate expectedCloseDate;
    private AccountId accountId;
    private Dimensions dimensions;
    private String lossReason;
    private String competitor;

    OpportunityFold(OpportunityOpened opened, long sequence, Instant recordedAt) {
        this.opened = opened;
        this.version = sequence;
        this.stage = opened.stage();
        this.amount = opened.amount();
        this.expectedCloseDate = opened.expectedCloseDate();
        this.accountId = opened.accountId();
        this.dimensions = opened.dimensions();
        history.add(new StageEntry("OPENED", stage, opened.occurredAt(), recordedAt, null));
    }

    void apply(OpportunityEvent event, long sequence, Instant recordedAt) {
        // Any event, even one this view does not show, moves the version on.
        version = sequence;
        if (event instanceof OpportunityStageChanged changed) {
            step("STAGE_CHANGED", changed.toStage(), event, recordedAt, null);
        } else if (event instanceof OpportunityStageCorrected corrected) {
            step("STAGE_CORRECTED", corrected.toStage(), event, recordedAt, corrected.reason());
        } else if (event instanceof OpportunityWon won) {
            status = OpportunityStatus.WON;
            amount = won.amount();
            step("WON", OpportunityStatus.WON.name(), event, recordedAt, null);
        } else if (event instanceof OpportunityLost lost) {
            status = OpportunityStatus.LOST;
            lossReason = lost.reason();
            competitor = lost.competitor();
            step("LOST", OpportunityStatus.LOST.name(), event, recordedAt, lost.reason());
        } else if (event instanceof OpportunityReopened reopened) {
            status = OpportunityStatus.OPEN;
            lossReason = null;
            competitor = null;
            step("REOPENED", reopened.stage(), event, recordedAt, null);
        } else if (event instanceof OpportunityQualified && qualifiedAt == null) {
            qualifiedAt = event.occurredAt();
        } else {
            applyTerms(event);
        }
    }

    private void applyTerms(OpportunityEvent event) {
        if (event instanceof OpportunityAmountChanged changed) {
            amount = changed.to();
        } else if (event instanceof OpportunityCloseDateChanged changed) {
            expectedCloseDate = changed.toDate();
        } else if (event instanceof OpportunityAccountChanged changed) {
            accountId = changed.to();
        } else if (event instanceof OpportunityFieldsChanged changed) {
            changed.cleared().forEach(fields::remove);
            fields.putAll(changed.set());
        } else if (event instanceof OpportunityReassigned reassigned) {
            dimensions = new Dimensions(
                    dimensions.source(),
                    dimensions.industry(),
                    dimensions.region(),
                    reassigned.ownerId(),
                    reassigned.teamId());
        }
    }

    private void step(String kind, String newStage, OpportunityEvent event, Instant recordedAt, String reason) {
        stage = newStage;
        history.add(new StageEntry(kind, newStage, event.occurredAt(), recordedAt, reason));
    }

    OpportunityView view() {
        return new OpportunityView(
                opened.opportunityId(),
                version,
                opened.leadId(),
                opened.pipelineId() != null ? opened.pipelineId() : PipelineId.defaultFor(opened.tenantId()),
                opened.pipelineVersion() != null ? opened.pipelineVersion() : 1,
                stage,
                status,
                qualifiedAt,
                amount,
                expectedCloseDate,
                accountId,
                dimensions,
                Map.copyOf(fields),
                lossReason,
                competitor,
                List.copyOf(history));
    }
}
