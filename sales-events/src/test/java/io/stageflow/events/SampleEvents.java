package io.stageflow.events;

import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

final class SampleEvents {
    static final TenantId TENANT = new TenantId("acme");
    static final LeadId LEAD = new LeadId("lead-1");
    static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");
    static final Dimensions DIMENSIONS = new Dimensions("webinar", "software", "EMEA", "rep-7", "team-2");
    static final Money AMOUNT = new Money(new BigDecimal("12500.50"), "EUR");
    static final LocalDate CLOSE_DATE = LocalDate.parse("2026-12-31");

    private SampleEvents() {}

    /**
     * One event of every type, so a type added to the contract without a sample fails the tests. Tests
     * pick samples by index: add new ones at the end.
     */
    static List<SalesEvent> oneOfEach() {
        return List.of(
                new LeadCreated(TENANT, LEAD, AT, "NEW", DIMENSIONS),
                new LeadStageChanged(TENANT, LEAD, AT, "NEW", "CONTACTED"),
                new LeadDisqualified(TENANT, LEAD, AT, "CONTACTED", "no budget"),
                new LeadConverted(TENANT, LEAD, AT, "CONTACTED", OPPORTUNITY, AMOUNT, DIMENSIONS),
                new OpportunityOpened(TENANT, OPPORTUNITY, AT, LEAD, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS),
                new OpportunityStageChanged(TENANT, OPPORTUNITY, AT, "需求分析", "提供方案"),
                new OpportunityWon(TENANT, OPPORTUNITY, AT, "PROPOSAL", AMOUNT),
                new OpportunityLost(TENANT, OPPORTUNITY, AT, "QUOTE", "price", null),
                new LeadReassigned(TENANT, LEAD, AT, "rep-7", "team-2", "rep-9", "team-4"),
                new LeadReopened(TENANT, LEAD, AT, "CONTACTED"),
                new LeadCreated(TENANT, LEAD, AT, "NEW", DIMENSIONS, "spring-fair-2026", "ECONOMIC_BUYER"),
                new OpportunityOpened(TENANT, OPPORTUNITY, AT, null, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS, CLOSE_DATE),
                new OpportunityAmountChanged(TENANT, OPPORTUNITY, AT, AMOUNT, new Money(new BigDecimal("9800"), "USD")),
                new OpportunityCloseDateChanged(TENANT, OPPORTUNITY, AT, null, CLOSE_DATE),
                new OpportunityCloseDateChanged(TENANT, OPPORTUNITY, AT, CLOSE_DATE, CLOSE_DATE.plusMonths(1)),
                new OpportunityReassigned(TENANT, OPPORTUNITY, AT, "rep-7", "team-2", "rep-9", "team-4"));
    }

    static EventEnvelope envelope(SalesEvent event, long sequence) {
        return new EventEnvelope(
                UUID.randomUUID().toString(),
                EventType.of(event),
                URI.create("/stageflow/test"),
                event.tenantId(),
                sequence,
                AT.plusSeconds(5),
                event);
    }
}
