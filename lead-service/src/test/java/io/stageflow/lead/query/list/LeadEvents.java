package io.stageflow.lead.query.list;

import io.stageflow.events.Dimensions;
import io.stageflow.events.LeadEvent;
import io.stageflow.events.Money;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.lead.LeadStageCorrected;
import java.math.BigDecimal;
import java.time.Instant;

/** One lead's events for list tests; event {@code n} is recorded {@code n} minutes after {@link #T0}. */
final class LeadEvents {
    static final TenantId ACME = new TenantId("acme");
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant BUSINESS_TIME = Instant.parse("2026-02-01T00:00:00Z");
    static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");

    private final LeadId id;

    LeadEvents(String id) {
        this.id = new LeadId(id);
    }

    LeadId id() {
        return id;
    }

    ListedLeadEvent created(long sequence) {
        return listed(new LeadCreated(ACME, id, BUSINESS_TIME, "NEW", DIMENSIONS, "spring-fair", "CHAMPION"), sequence);
    }

    ListedLeadEvent contacted(long sequence) {
        return listed(new LeadStageChanged(ACME, id, BUSINESS_TIME, "NEW", "CONTACTED"), sequence);
    }

    ListedLeadEvent contactedAsACorrection(long sequence) {
        return listed(new LeadStageCorrected(ACME, id, BUSINESS_TIME, "NEW", "CONTACTED", "logged late"), sequence);
    }

    ListedLeadEvent disqualified(long sequence) {
        return listed(new LeadDisqualified(ACME, id, BUSINESS_TIME, "CONTACTED", "no budget"), sequence);
    }

    ListedLeadEvent reopened(long sequence) {
        return listed(new LeadReopened(ACME, id, BUSINESS_TIME, "CONTACTED"), sequence);
    }

    ListedLeadEvent reassigned(long sequence, String owner, String team) {
        return listed(new LeadReassigned(ACME, id, BUSINESS_TIME, "rep-7", "team-3", owner, team), sequence);
    }

    ListedLeadEvent converted(long sequence, String opportunity) {
        return listed(
                new LeadConverted(
                        ACME,
                        id,
                        BUSINESS_TIME,
                        "CONTACTED",
                        new OpportunityId(opportunity),
                        new Money(BigDecimal.TEN, "EUR"),
                        DIMENSIONS),
                sequence);
    }

    static Instant recordedAt(long sequence) {
        return T0.plusSeconds(60 * sequence);
    }

    private static ListedLeadEvent listed(LeadEvent event, long sequence) {
        return new ListedLeadEvent(event, sequence, recordedAt(sequence));
    }
}
