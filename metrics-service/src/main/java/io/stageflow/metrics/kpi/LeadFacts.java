package io.stageflow.metrics.kpi;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.KafkaPosition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * How lead events change the lead cells: a creation and a conversion count on the tenant-local day
 * they occurred, in the slices the lead is in then (its owner and team follow reassignments).
 */
final class LeadFacts implements AggregateFacts<LeadEvent, LeadState> {
    @Override
    public AggregateKey keyOf(LeadEvent event) {
        return new AggregateKey(event.tenantId().value(), event.leadId().value());
    }

    @Override
    public List<Contribution> apply(LeadState lead, LeadEvent event, KafkaPosition position, ZoneId zone) {
        LocalDate day = event.occurredAt().atZone(zone).toLocalDate();
        if (event instanceof LeadCreated created) {
            lead.slices(KpiDimensions.leadSlices(created.dimensions(), created.campaign(), created.contactRole()));
            return Contributions.of(
                    KpiFigures.LEADS, lead, day, lead.slices(), new Figures().count(KpiFigures.CREATED, 1), position);
        }
        if (event instanceof LeadReassigned reassigned) {
            lead.reassign(reassigned.ownerId(), reassigned.teamId());
            return List.of();
        }
        if (event instanceof LeadConverted) {
            return Contributions.of(
                    KpiFigures.LEADS, lead, day, lead.slices(), new Figures().count(KpiFigures.CONVERTED, 1), position);
        }
        return List.of();
    }
}
