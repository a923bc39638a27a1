package io.stageflow.metrics.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.kpi.KpiProjection;
import io.stageflow.metrics.query.status.ProjectionStatusQuery;
import io.stageflow.metrics.rebuild.KpiRebuild;
import io.stageflow.metrics.support.FreshReplay;
import io.stageflow.metrics.support.MetricsClient;
import io.stageflow.metrics.support.SampleJourneys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fault injection: every event delivered twice (the second time in another order, at new offsets),
 * then the consumer restarted with its position moved back at random in every partition, so a
 * random share of the log is delivered again. Zero double counts: the figures are the journeys'
 * own, unchanged by the redelivery, and equal to a fresh replay of the log.
 */
class RedeliveryTest extends MetricsServiceTest {
    private static final Instant APRIL = Instant.parse("2026-04-06T09:00:00Z");
    private static final int JOURNEYS = 60;
    private static final List<String> ANSWERS = FreshReplay.answersFor("from=2026-04-01&to=2026-06-01", "2026-04-15");

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ProjectionStatusQuery status;

    @Autowired
    KpiRebuild rebuild;

    @Test
    void eventsDeliveredTwiceAndAgainAfterAConsumerRestartCountOnce() throws Exception {
        TenantId tenant =
                new TenantId("redelivered-" + UUID.randomUUID().toString().substring(0, 6));
        MetricsClient client = new MetricsClient(mvc, tenant.value());
        List<EventEnvelope> events = new ArrayList<>(SampleJourneys.defaultPipeline(tenant));
        events.addAll(SampleJourneys.mixedJourneys(tenant, "rd", APRIL, JOURNEYS));
        TOPICS.publish(events);
        List<EventEnvelope> again = new ArrayList<>(events);
        Collections.shuffle(again, new Random(6));
        TOPICS.publish(again);
        client.awaitCaughtUp(Duration.ofSeconds(120));

        String winRate = ANSWERS.get(1);
        assertThat((Integer) JsonPath.read(client.get(winRate), "$.won")).isEqualTo(SampleJourneys.winsAmong(JOURNEYS));
        Map<String, String> before = answers(client);

        restartConsumerMovedBackAtRandom(new Random(42));
        client.awaitCaughtUp(Duration.ofSeconds(120));

        assertThat(answers(client)).isEqualTo(before);
        FreshReplay.assertLiveEqualsReplay(rebuild, client, ANSWERS);
    }

    private void restartConsumerMovedBackAtRandom(Random random) {
        PooledStreamingEventProcessor live = processing
                .eventProcessor(KpiProjection.PROCESSING_GROUP, PooledStreamingEventProcessor.class)
                .orElseThrow();
        live.shutDown();
        Map<TopicPartition, Long> moved = new HashMap<>();
        status.storedPositions(KpiProjection.PROCESSING_GROUP)
                .forEach((partition, offset) -> moved.put(partition, random.nextLong(offset + 1) - 1));
        moved.values().removeIf(offset -> offset < 0);
        live.resetTokens(source -> KafkaTrackingToken.newInstance(moved));
        live.start();
    }

    private static Map<String, String> answers(MetricsClient client) throws Exception {
        Map<String, String> answers = new HashMap<>();
        for (String answer : ANSWERS) {
            answers.put(answer, client.get(answer));
        }
        return answers;
    }
}
