package io.stageflow.events;

import io.stageflow.events.account.AccountBecameCustomer;
import io.stageflow.events.account.AccountChurned;
import io.stageflow.events.account.AccountCreated;
import io.stageflow.events.account.AccountPurchaseMade;
import io.stageflow.events.account.AccountRenewed;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.QuotaId;
import io.stageflow.events.ids.ReasonListId;
import io.stageflow.events.ids.SpendId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.lead.LeadStageCorrected;
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
import io.stageflow.events.plan.MarketingSpendSet;
import io.stageflow.events.plan.QuotaSet;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.events.process.PipelineStage;
import io.stageflow.events.process.ReasonListDefined;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

final class SampleEvents {
    static final TenantId TENANT = new TenantId("acme");
    static final LeadId LEAD = new LeadId("lead-1");
    static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");
    static final Dimensions DIMENSIONS = new Dimensions("webinar", "software", "EMEA", "rep-7", "team-2");
    static final Money AMOUNT = new Money(new BigDecimal("12500.50"), "EUR");
    static final LocalDate CLOSE_DATE = LocalDate.parse("2026-12-31");
    static final PipelineId PIPELINE = new PipelineId("pipeline-1");
    static final AccountId ACCOUNT = new AccountId("account-1");

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
                new OpportunityReassigned(TENANT, OPPORTUNITY, AT, "rep-7", "team-2", "rep-9", "team-4"),
                new PipelineDefined(
                        TENANT,
                        PIPELINE,
                        AT,
                        2,
                        "企业销售",
                        List.of(
                                new PipelineStage("需求分析", 10, List.of()),
                                new PipelineStage("方案报价", 40, List.of("budget", "决策人")),
                                new PipelineStage("合同谈判", 80, List.of("budget"))),
                        "方案报价",
                        30),
                new ReasonListDefined(
                        TENANT, new ReasonListId("loss-reasons.acme"), AT, 1, "LOSS", List.of("price", "价格太高")),
                new LeadConverted(TENANT, LEAD, AT, "CONTACTED", OPPORTUNITY, AMOUNT, DIMENSIONS, PIPELINE),
                new OpportunityOpened(
                        TENANT, OPPORTUNITY, AT, LEAD, "需求分析", AMOUNT, DIMENSIONS, CLOSE_DATE, PIPELINE, 2, ACCOUNT),
                new OpportunityQualified(TENANT, OPPORTUNITY, AT, PIPELINE, 2, "方案报价"),
                new OpportunityFieldsChanged(
                        TENANT, OPPORTUNITY, AT, Map.of("budget", "50000", "决策人", "王总"), List.of("timeline")),
                new OpportunityReopened(TENANT, OPPORTUNITY, AT, "QUOTE"),
                new OpportunityStageCorrected(TENANT, OPPORTUNITY, AT, "PROPOSAL", "QUOTE", "entered late"),
                new OpportunityAccountChanged(TENANT, OPPORTUNITY, AT, null, ACCOUNT),
                new OpportunityWon(TENANT, OPPORTUNITY, AT, "QUOTE", AMOUNT, ACCOUNT),
                new AccountCreated(TENANT, ACCOUNT, AT, "Globex", "manufacturing", "APAC", "rep-7"),
                new AccountBecameCustomer(TENANT, ACCOUNT, AT, OPPORTUNITY, AMOUNT, false),
                new AccountPurchaseMade(TENANT, ACCOUNT, AT, OPPORTUNITY, AMOUNT),
                new AccountChurned(TENANT, ACCOUNT, AT, "moved to a competitor"),
                new AccountRenewed(TENANT, ACCOUNT, AT, AMOUNT, CLOSE_DATE),
                new AccountRenewed(TENANT, ACCOUNT, AT, null, null),
                new QuotaSet(TENANT, new QuotaId("quota-1"), AT, "REP", "rep-7", new Period("2026-Q4"), AMOUNT, null),
                new MarketingSpendSet(
                        TENANT,
                        new SpendId("spend-1"),
                        AT,
                        "webinar",
                        "spring-fair-2026",
                        new Period("2026-11"),
                        AMOUNT,
                        AMOUNT),
                new LeadStageCorrected(TENANT, LEAD, AT, "NEW", "CONTACTED", "called on Friday, logged on Monday"));
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
