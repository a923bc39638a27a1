package io.stageflow.metrics.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.metrics.deadletter.DeadLetterConfiguration;
import io.stageflow.metrics.support.MetricsClient;
import io.stageflow.metrics.support.SampleJourneys;
import io.stageflow.metrics.support.SampleJourneys.End;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A poison event is parked with its aggregate's later events; everything else flows on; after the
 * fix a retry projects them in order, and every figure equals that of a tenant whose identical
 * events never failed. The poison here is a fact state this version cannot read (as a state written
 * by a faulty release would be): the failure is the aggregate's own, and so is the fix.
 */
class PoisonEventTest extends MetricsServiceTest {
    private static final Instant JUNE = Instant.parse("2026-06-01T09:00:00Z");
    private static final String RANGE = "from=2026-06-01&to=2026-08-01";
    private static final List<String> ANSWERS = List.of(
            "/api/metrics/win-rate?" + RANGE,
            "/api/metrics/cycle-time?" + RANGE,
            "/api/metrics/deal-size?" + RANGE,
            "/api/metrics/conversion?" + RANGE,
            "/api/metrics/pipeline?asOf=2026-06-20",
            "/api/metrics/pipeline?asOf=2026-07-30");

    @Autowired
    MongoDatabase metricsDatabase;

    @Autowired
    MeterRegistry meters;

    @Test
    void aPoisonEventIsParkedWithItsAggregateAndProjectedInOrderAfterTheFix() throws Exception {
        TenantId poisoned =
                new TenantId("poison-" + UUID.randomUUID().toString().substring(0, 6));
        TenantId control =
                new TenantId("control-" + UUID.randomUUID().toString().substring(0, 6));
        MetricsClient poisonedClient = new MetricsClient(mvc, poisoned.value());
        MetricsClient controlClient = new MetricsClient(mvc, control.value());
        for (TenantId tenant : List.of(poisoned, control)) {
            TOPICS.publish(SampleJourneys.defaultPipeline(tenant));
            // opp-p1 is opened and left open; opp-p2 is won.
            TOPICS.publish(SampleJourneys.journey(tenant, "p1", JUNE, 2, End.OPEN));
            TOPICS.publish(SampleJourneys.journey(tenant, "p2", JUNE, 3, End.WON));
        }
        poisonedClient.awaitCaughtUp(Duration.ofSeconds(60));

        MongoCollection<Document> deals = metricsDatabase.getCollection("kpi_deals");
        String poisonedDeal = poisoned.value() + "/opp-p1";
        Document healthy = deals.find(Filters.eq("_id", poisonedDeal)).first();
        assertThat(healthy).as("opp-p1's fact state").isNotNull();
        deals.updateOne(Filters.eq("_id", poisonedDeal), Updates.set("sequence", "written by a faulty release"));
        double parkedBefore = parkedEvents();

        for (TenantId tenant : List.of(poisoned, control)) {
            TOPICS.publish(laterEventsOfP1(tenant));
            TOPICS.publish(SampleJourneys.journey(tenant, "p3", JUNE.plus(Duration.ofDays(3)), 4, End.WON));
        }
        poisonedClient.awaitCaughtUp(Duration.ofSeconds(60));

        // Parked: the two later events of opp-p1, in order, the first with the failure.
        mvc.perform(admin(get("/api/admin/dead-letters"), poisoned))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].aggregateId").value("opp-p1"))
                .andExpect(jsonPath("$[0].events[*].sequence").value(org.hamcrest.Matchers.contains(1, 2)))
                .andExpect(jsonPath("$[0].events[0].type").value("stageflow.opportunity.stage-changed.v1"))
                .andExpect(jsonPath("$[0].events[0].cause").value(org.hamcrest.Matchers.containsString("ClassCast")))
                .andExpect(jsonPath("$[0].events[0].retries").value(0));
        assertThat(parkedEvents() - parkedBefore).as("the parked-events gauge").isEqualTo(2.0);
        // The rest flowed on: opp-p3 is won, opp-p1's win waits.
        assertThat((Integer) JsonPath.read(poisonedClient.get(ANSWERS.get(0)), "$.won"))
                .isEqualTo(2);
        assertThat((Integer) JsonPath.read(controlClient.get(ANSWERS.get(0)), "$.won"))
                .isEqualTo(3);

        // A retry before the fix fails again and keeps them parked, counting the retry.
        mvc.perform(admin(post("/api/admin/dead-letters/opp-p1/retry"), poisoned))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"retried\":1,\"cleared\":0,\"stillParked\":1}"));
        mvc.perform(admin(get("/api/admin/dead-letters/opp-p1"), poisoned))
                .andExpect(jsonPath("$.events[0].retries").value(1));

        deals.replaceOne(Filters.eq("_id", poisonedDeal), healthy);
        mvc.perform(admin(post("/api/admin/dead-letters/retry"), poisoned))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"retried\":1,\"cleared\":1,\"stillParked\":0}"));

        mvc.perform(admin(get("/api/admin/dead-letters"), poisoned))
                .andExpect(content().json("[]"));
        assertThat(parkedEvents()).isEqualTo(parkedBefore);
        for (String answer : ANSWERS) {
            assertThat(poisonedClient.get(answer)).as(answer).isEqualTo(controlClient.get(answer));
        }
        String funnel = "/api/metrics/funnel?" + RANGE;
        assertThat(JsonPath.parse(poisonedClient.get(funnel)).read("$.stages[*].count", List.class))
                .isEqualTo(JsonPath.parse(controlClient.get(funnel)).read("$.stages[*].count", List.class));
    }

    @Test
    void aRecordThatIsNoEventIsParkedForItsTenantAndCanBeEvicted() throws Exception {
        TenantId tenant = new TenantId("garbled-" + UUID.randomUUID().toString().substring(0, 6));
        TOPICS.publishRaw(
                TOPICS.opportunities, "opp-g1", "{\"no\": \"event\"}".getBytes(StandardCharsets.UTF_8), tenant.value());
        new MetricsClient(mvc, tenant.value()).awaitCaughtUp(Duration.ofSeconds(60));

        mvc.perform(admin(get("/api/admin/dead-letters/opp-g1"), tenant))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[0].type").value("RejectedRecord"))
                .andExpect(jsonPath("$.events[0].topic").value(TOPICS.opportunities))
                .andExpect(
                        jsonPath("$.events[0].cause").value(org.hamcrest.Matchers.containsString("not a valid event")));
        // Another tenant's admin sees none of it, and cannot touch it.
        TenantId other = new TenantId("other-" + UUID.randomUUID().toString().substring(0, 6));
        mvc.perform(admin(get("/api/admin/dead-letters"), other))
                .andExpect(content().json("[]"));
        mvc.perform(admin(delete("/api/admin/dead-letters/opp-g1"), other))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // Only admins.
        mvc.perform(get("/api/admin/dead-letters")
                        .with(ServiceTestSupport.caller(tenant.value(), "m", List.of("manager"), List.of("team-2"))))
                .andExpect(status().isForbidden());

        mvc.perform(admin(delete("/api/admin/dead-letters/opp-g1"), tenant))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"evicted\":1}"));
        mvc.perform(admin(get("/api/admin/dead-letters/opp-g1"), tenant)).andExpect(status().isNotFound());
    }

    private double parkedEvents() {
        return meters.get(DeadLetterConfiguration.PARKED_EVENTS).gauge().value();
    }

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request, TenantId tenant) {
        return request.with(ServiceTestSupport.caller(tenant.value(), "ops", List.of("admin"), List.of()));
    }

    /** opp-p1 moves on to PROPOSAL and is won: its sequences 1 and 2. */
    private static List<EventEnvelope> laterEventsOfP1(TenantId tenant) {
        OpportunityId p1 = new OpportunityId("opp-p1");
        Instant at = JUNE.plus(Duration.ofDays(10));
        List<SalesEvent> events = List.of(
                new OpportunityStageChanged(tenant, p1, at, "NEEDS_ANALYSIS", "PROPOSAL"),
                new OpportunityWon(tenant, p1, at.plus(Duration.ofDays(4)), "PROPOSAL", SampleJourneys.AMOUNT));
        return SampleJourneys.envelopes(events, 1);
    }
}
