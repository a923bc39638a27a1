package io.stageflow.opportunity.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.opportunity.pipeline.InMemoryPipelineCatalog;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A loss names a reason from the tenant's own list, in whatever language the list is in. */
class OpportunityLossReasonsTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);

    @Test
    void aLossNamesAReasonFromTheTenantsList() {
        OpportunityFixtures.fixture(new InMemoryPipelineCatalog(), (tenant, kind) -> List.of("价格太高", "timing"))
                .given(new OpportunityOpened(
                        TENANT,
                        OPPORTUNITY,
                        T0,
                        null,
                        "NEEDS_ANALYSIS",
                        new Money(BigDecimal.TEN, "EUR"),
                        new Dimensions("web", "retail", "EMEA", "rep-7", "team-3")))
                .when(new LoseOpportunity(TENANT, OPPORTUNITY, " 价格太高 ", "Initech", T1, null))
                .expectEvents(new OpportunityLost(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "价格太高", "Initech"));
    }
}
