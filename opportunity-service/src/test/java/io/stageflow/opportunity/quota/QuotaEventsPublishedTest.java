package io.stageflow.opportunity.quota;

import static io.stageflow.kit.plan.PlanApi.body;
import static io.stageflow.kit.plan.PlanApi.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.plan.QuotaSet;
import io.stageflow.kit.plan.PlanApi;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every quota setting reaches the plan topic as a schema-valid CloudEvent keyed by the quota id, in order. */
class QuotaEventsPublishedTest extends QuotaContext {
    private final String tenant = PlanApi.tenant("pub");

    @Test
    void settingsArePublishedKeyedByTheQuotaWithWhatTheyReplaced() throws Exception {
        String path = "/api/quotas/team/team-9/2026-Q4";
        String created = api().set(tenant, path, body("90000", "EUR"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String quotaId = JsonPath.read(created, "$.quotaId");
        api().set(tenant, path, body("95000.50", "EUR")).andExpect(status().isOk());
        api().set(tenant, path, body("95000.5", "EUR")).andExpect(status().isOk());

        List<EventEnvelope> envelopes = published(quotaId, 2);

        assertThat(envelopes).extracting(EventEnvelope::type).containsOnly(EventType.QUOTA_SET);
        assertThat(envelopes).extracting(EventEnvelope::sequence).containsExactly(0L, 1L);
        assertThat(envelopes).extracting(EventEnvelope::subject).containsOnly(quotaId);
        assertThat(envelopes)
                .allSatisfy(e -> assertThat(e.source()).isEqualTo(URI.create("/stageflow/opportunity-service")));
        QuotaSet revised = (QuotaSet) envelopes.get(1).event();
        assertThat(revised.tenantId().value()).isEqualTo(tenant);
        assertThat(revised.scope()).isEqualTo("TEAM");
        assertThat(revised.subjectId()).isEqualTo("team-9");
        assertThat(revised.period()).isEqualTo(new Period("2026-Q4"));
        assertThat(revised.amount()).isEqualTo(new Money(new BigDecimal("95000.50"), "EUR"));
        assertThat(revised.previous()).isEqualTo(new Money(new BigDecimal("90000"), "EUR"));
    }
}
