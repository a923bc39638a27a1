package io.stageflow.lead.spend;

import static io.stageflow.kit.plan.PlanApi.body;
import static io.stageflow.kit.plan.PlanApi.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.plan.MarketingSpendSet;
import io.stageflow.kit.plan.PlanApi;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every spend setting reaches the plan topic as a schema-valid CloudEvent keyed by the spend id, in order. */
class SpendEventsPublishedTest extends SpendContext {
    private final String tenant = PlanApi.tenant("pub");

    private String spendId(String path, String amount) throws Exception {
        String body = api().set(tenant, path, body(amount, "USD"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.spendId");
    }

    @Test
    void settingsArePublishedKeyedByTheSpendWithWhatTheyReplaced() throws Exception {
        String campaign = spendId("/api/marketing-spend/webinar/2026-11?campaign=spring-fair", "800");
        String channel = spendId("/api/marketing-spend/webinar/2026-11", "300");
        api().set(tenant, "/api/marketing-spend/webinar/2026-11?campaign=spring-fair", body("850.75", "USD"))
                .andExpect(status().isOk());

        List<EventEnvelope> campaignEvents = published(campaign, 2);
        List<EventEnvelope> channelEvents = published(channel, 1);

        assertThat(campaignEvents).extracting(EventEnvelope::type).containsOnly(EventType.MARKETING_SPEND_SET);
        assertThat(campaignEvents).extracting(EventEnvelope::sequence).containsExactly(0L, 1L);
        assertThat(campaignEvents)
                .allSatisfy(e -> assertThat(e.source()).isEqualTo(URI.create("/stageflow/lead-service")));
        MarketingSpendSet revised = (MarketingSpendSet) campaignEvents.get(1).event();
        assertThat(revised.tenantId().value()).isEqualTo(tenant);
        assertThat(revised.channel()).isEqualTo("webinar");
        assertThat(revised.campaign()).isEqualTo("spring-fair");
        assertThat(revised.period()).isEqualTo(new Period("2026-11"));
        assertThat(revised.amount()).isEqualTo(new Money(new BigDecimal("850.75"), "USD"));
        assertThat(revised.previous()).isEqualTo(new Money(new BigDecimal("800"), "USD"));
        MarketingSpendSet wholeChannel =
                (MarketingSpendSet) channelEvents.get(0).event();
        assertThat(wholeChannel.campaign()).isNull();
        assertThat(wholeChannel.previous()).isNull();
    }
}
