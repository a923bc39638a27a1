package io.stageflow.metrics.kpi;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.lead.LeadStageCorrected;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.KafkaPosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * How lead events change the lead cells: a creation and a conversion count on the tenant-local day
 * they occurred, in the slices the lead is in then (its owner and team follow reassignments); the
 * time spent in a lead stage is measured on the day the lead leaves it (a move, a conversion or a
 * disqualification).
 */
final class LeadFacts implements AggregateFacts<LeadEvent, LeadState> {
    @Override
    public AggregateKey keyOf(LeadEvent event) {
        return new AggregateKey(event.tenantId().value(), event.leadId().value());
    }

    @Override
    public List<Contribution> apply(LeadState lead, LeadEvent event, KafkaPosition position, ZoneId zone) {
        Instant at = event.occurredAt();
        Figures figures = new Figures();
        if (event instanceof LeadCreated created) {
            lead.slices(KpiDimensions.leadSlices(created.dimensions(), created.campaign(), created.contactRole()));
            figures.count(KpiFigures.CREATED, 1);
            enter(lead, created.stage(), at);
        } else if (event instanceof LeadReassigned reassigned) {
            lead.reassign(reassigned.ownerId(), reassigned.teamId());
        } else if (event instanceof LeadStageChanged changed) {
            leave(lead, at, figures);
            enter(lead, changed.toStage(), at);
        } else if (event instanceof LeadStageCorrected corrected) {
            leave(lead, at, figures);
            enter(lead, corrected.toStage(), at);
        } else if (event instanceof LeadConverted) {
            figures.count(KpiFigures.CONVERTED, 1);
            leave(lead, at, figures);
        } else if (event instanceof LeadDisqualified) {
            leave(lead, at, figures);
        } else if (event instanceof LeadReopened reopened) {
            enter(lead, reopened.stage(), at);
        }
        if (figures.isEmpty()) {
            return List.of();
        }
        LocalDate day = at.atZone(zone).toLocalDate();
        return Contributions.of(KpiFigures.LEADS, lead, day, lead.slices(), figures, position);
    }

    private static void enter(LeadState lead, String stage, Instant at) {
        lead.stage = stage;
        lead.stageEnteredAt = at;
    }

    private static void leave(LeadState lead, Instant at, Figures figures) {
        if (lead.stage != null) {
            Durations.measure(figures, Durations.inStage(lead.stage), lead.stageEnteredAt, at);
            lead.stage = null;
            lead.stageEnteredAt = null;
        }
    }
}
