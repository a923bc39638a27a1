package io.stageflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.ids.TenantId;
import io.stageflow.platform.demo.StageflowClient;
import io.stageflow.platform.demo.StageflowClient.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sales manager sets up their own process (a pipeline with Chinese stage names and entry criteria,
 * their own loss reasons) and a rep runs a deal through it, everything through the gateway: a
 * blocked move with a clear message, a correction, a loss to a named competitor and a re-open. Every
 * step must then be on Kafka, valid against its published schema.
 */
class SalesProcessEndToEndIT {
    private static final TenantId TENANT = new TenantId("huaxia");
    private static final Instant T0 =
            Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(10));

    private static LocalPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
    }

    private static String at(int hours) {
        return T0.plus(Duration.ofHours(hours)).toString();
    }

    @Test
    void anAdminSetsUpAChineseProcessAndRepsRunADealThroughIt() {
        StageflowClient admin = StageflowClient.signIn(platform.gatewayUrl(), TENANT.value(), "zhao", List.of("admin"));
        String pipelineId = admin.send(
                        "POST",
                        "/api/pipelines",
                        Map.of(
                                "name",
                                "企业销售",
                                "qualifyingStage",
                                "方案报价",
                                "rottenAfterDays",
                                21,
                                "stages",
                                List.of(
                                        Map.of("name", "需求分析", "probability", 10),
                                        Map.of(
                                                "name",
                                                "方案报价",
                                                "probability",
                                                40,
                                                "entryCriteria",
                                                List.of("budget", "决策人")),
                                        Map.of("name", "合同谈判", "probability", 80))))
                .requireSuccess()
                .path("pipelineId")
                .asText();
        admin.send("PUT", "/api/reason-lists/loss", Map.of("reasons", List.of("价格太高", "竞品胜出", "没有预算")))
                .requireSuccess();

        StageflowClient wang =
                StageflowClient.signIn(platform.gatewayUrl(), TENANT.value(), "wang", List.of("rep"), List.of("华东"));
        String leadId = wang.post(
                        "/api/leads",
                        Map.of(
                                "source", "展会",
                                "industry", "制造业",
                                "region", "APAC",
                                "ownerId", "wang",
                                "teamId", "华东",
                                "occurredAt", at(0)))
                .path("leadId")
                .asText();
        // The team's manager hands the lead to chen; wang no longer finds it.
        StageflowClient manager =
                StageflowClient.signIn(platform.gatewayUrl(), TENANT.value(), "li", List.of("manager"), List.of("华东"));
        manager.send(
                        "POST",
                        "/api/leads/" + leadId + "/reassign",
                        Map.of("ownerId", "chen", "teamId", "华东", "occurredAt", at(12)))
                .requireSuccess();
        assertThat(wang.send("GET", "/api/leads/" + leadId, null).status()).isEqualTo(404);
        // chen logs the call wang made before the hand-over: too late for a move, so a correction.
        StageflowClient rep =
                StageflowClient.signIn(platform.gatewayUrl(), TENANT.value(), "chen", List.of("rep"), List.of("华东"));
        Response lateCall =
                rep.send("POST", "/api/leads/" + leadId + "/stage", Map.of("stage", "CONTACTED", "occurredAt", at(6)));
        assertThat(lateCall.status()).isEqualTo(409);
        rep.send(
                        "POST",
                        "/api/leads/" + leadId + "/stage-corrections",
                        Map.of("stage", "CONTACTED", "occurredAt", at(6), "reason", "电话漏记"))
                .requireSuccess();
        JsonNode lead = rep.get("/api/leads/" + leadId);
        assertThat(lead.path("stage").asText()).isEqualTo("CONTACTED");
        assertThat(lead.path("history").get(2).path("event").asText()).isEqualTo("STAGE_CORRECTED");
        assertThat(lead.path("history").get(2).path("reason").asText()).isEqualTo("电话漏记");
        // The lead service learns of new pipelines from Kafka: a conversion may wait a moment for it.
        String opportunityId = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> rep.send(
                                "POST",
                                "/api/leads/" + leadId + "/convert",
                                Map.of(
                                        "amount",
                                        880000,
                                        "currency",
                                        "CNY",
                                        "pipelineId",
                                        pipelineId,
                                        "occurredAt",
                                        at(24))),
                        response -> response.status() < 300)
                .json()
                .path("opportunityId")
                .asText();
        String deal = "/api/opportunities/" + opportunityId;
        JsonNode opened = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> rep.send("GET", deal, null), response -> response.status() == 200)
                .json();
        assertThat(opened.path("stage").asText()).isEqualTo("需求分析");
        assertThat(opened.path("pipelineId").asText()).isEqualTo(pipelineId);

        Response blocked = rep.send("POST", deal + "/stage", Map.of("stage", "方案报价", "occurredAt", at(48)));
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.json().path("detail").asText()).contains("方案报价", "budget", "决策人");

        rep.send(
                        "POST",
                        deal + "/fields",
                        Map.of("fields", Map.of("budget", "100万", "决策人", "赵总"), "occurredAt", at(50)))
                .requireSuccess();
        rep.send("POST", deal + "/stage", Map.of("stage", "方案报价", "occurredAt", at(72)))
                .requireSuccess();
        rep.send("POST", deal + "/stage", Map.of("stage", "需求分析", "occurredAt", at(96)))
                .requireSuccess();
        rep.send("POST", deal + "/stage-corrections", Map.of("stage", "方案报价", "occurredAt", at(90), "reason", "漏记"))
                .requireSuccess();
        Response offList = rep.send("POST", deal + "/lose", Map.of("reason", "price", "occurredAt", at(120)));
        assertThat(offList.status()).isEqualTo(400);
        rep.send("POST", deal + "/lose", Map.of("reason", "价格太高", "competitor", "竞争对手甲", "occurredAt", at(120)))
                .requireSuccess();
        rep.send("POST", deal + "/reopen", Map.of("occurredAt", at(144))).requireSuccess();

        JsonNode reopened = rep.get(deal);
        assertThat(reopened.path("status").asText()).isEqualTo("OPEN");
        assertThat(reopened.path("stage").asText()).isEqualTo("方案报价");
        assertThat(reopened.path("qualifiedAt").asText()).isEqualTo(at(72));

        List<EventType> dealEvents = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> typesOf(opportunityId), types -> types.contains(EventType.OPPORTUNITY_REOPENED));
        assertThat(dealEvents)
                .containsExactly(
                        EventType.OPPORTUNITY_OPENED,
                        EventType.OPPORTUNITY_FIELDS_CHANGED,
                        EventType.OPPORTUNITY_STAGE_CHANGED,
                        EventType.OPPORTUNITY_QUALIFIED,
                        EventType.OPPORTUNITY_STAGE_CHANGED,
                        EventType.OPPORTUNITY_STAGE_CORRECTED,
                        EventType.OPPORTUNITY_LOST,
                        EventType.OPPORTUNITY_REOPENED);
        assertThat(typesOf(pipelineId)).containsExactly(EventType.PIPELINE_DEFINED);
        assertThat(typesOf(leadId))
                .containsExactly(
                        EventType.LEAD_CREATED,
                        EventType.LEAD_REASSIGNED,
                        EventType.LEAD_STAGE_CORRECTED,
                        EventType.LEAD_CONVERTED);
        assertThat(TopicCensus.of(platform.kafkaBootstrapServers(), TENANT))
                .containsEntry(EventType.REASON_LIST_DEFINED, 1);
    }

    private static List<EventType> typesOf(String aggregateId) {
        return TopicCensus.eventsOf(platform.kafkaBootstrapServers(), TENANT).stream()
                .filter(envelope -> envelope.event().aggregateId().equals(aggregateId))
                .map(EventEnvelope::type)
                .toList();
    }
}
