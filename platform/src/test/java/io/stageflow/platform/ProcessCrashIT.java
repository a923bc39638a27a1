package io.stageflow.platform;

import static io.stageflow.platform.LeadTraffic.awaitOnKafka;
import static io.stageflow.platform.LeadTraffic.eventsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.ids.TenantId;
import io.stageflow.localinfra.LocalKafka;
import io.stageflow.localinfra.LocalMongo;
import io.stageflow.platform.LeadTraffic.Written;
import io.stageflow.platform.demo.StageflowClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Services killed in the middle of their work, and stopped as Kubernetes stops them, while the data
 * keeps coming: nothing lost, nothing counted twice, and the metrics equal a fresh replay of the log.
 *
 * <p>The lead service is killed after Kafka has a batch its forwarder sent, before the forwarder
 * could store its token: the database is away at that moment, so the token cannot move. Its restart
 * sends the batch again. The metrics service is stopped gracefully in the middle of a backlog (its
 * claim on the token must be released), then killed in the middle of it (small batches, so the kill
 * lands between the writes of one), and restarted.
 */
class ProcessCrashIT {
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Duration CATCH_UP = Duration.ofSeconds(180);
    private static final int USERS = 4;
    /** Batches of five: the backlog takes seconds, and most moments are inside a batch. */
    private static final List<String> SMALL_BATCHES = List.of("--stageflow.metrics.batch-size=5");

    @Test
    void servicesKilledMidWorkLoseNothingAndCountNothingTwice() throws Exception {
        LocalPlatform platform = RunningPlatform.get();
        String tenant = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        StageflowClient client =
                StageflowClient.signIn(platform.gatewayUrl(), tenant, "olga", List.of("executive", "admin"));
        List<Written> written = new ArrayList<>();
        written.add(LeadTraffic.createAndContact(client));
        int before = awaitOnKafka(platform, tenant, eventsOf(written), CATCH_UP).size();

        // The metrics service stops while idle: a backlog builds up for the second half.
        assertThat(platform.stop(Service.METRICS))
                .as("shut down within the grace period")
                .isTrue();
        assertThat(claims(platform, "metrics-service", "kpi-projection")).containsOnlyNulls();

        int resent = forwarderKilledBetweenSendAndTokenStore(platform, client, tenant, before, written);
        int leads = written.size();

        JsonNode backlog = metricsStoppedAndKilledInTheMiddleOfTheBacklog(platform, client);
        platform.start(Service.METRICS, List.of());
        Map<String, Long> counted = LeadTraffic.awaitFunnel(client, leads, CATCH_UP);
        System.out.printf(
                "[crash] %d leads; the lead service killed with a sent batch unrecorded: %d records sent twice;"
                        + " the metrics service stopped and killed with %s records to go; funnel %s%n",
                leads, resent, backlog.path("lag"), counted);
        assertThat(counted).as("each lead counted once").isEqualTo(Map.of("NEW", (long) leads, "CONTACTED", (long)
                leads));
        FreshReplay.assertLiveEqualsReplay(platform, client);
    }

    /**
     * The broker away while leads are written, so the forwarder holds a batch it could not send; the
     * database away when the broker returns, so once the batch is on Kafka its token cannot be stored;
     * then the kill. After the restart every event is on Kafka, the batch twice.
     *
     * @return how many records Kafka holds twice
     */
    private static int forwarderKilledBetweenSendAndTokenStore(
            LocalPlatform platform, StageflowClient client, String tenant, int before, List<Written> written)
            throws Exception {
        LocalKafka kafka = platform.kafka();
        LocalMongo mongo = platform.mongo();
        kafka.stop();
        try {
            written.addAll(LeadTraffic.during(client, USERS, OUTAGE));
        } finally {
            mongo.interrupt();
            kafka.restart();
        }
        try {
            awaitRecordsBeyond(platform, tenant, before);
            platform.kill(Service.LEAD);
        } finally {
            mongo.resume();
        }
        assertThat(written).allSatisfy(lead -> {
            assertThat(lead.created().status()).as(lead.created().body()).isEqualTo(201);
            assertThat(lead.contacted().status()).as(lead.contacted().body()).isEqualTo(204);
        });
        platform.start(Service.LEAD, List.of());

        List<EventEnvelope> records = awaitOnKafka(platform, tenant, eventsOf(written), CATCH_UP);
        int distinct = TopicCensus.eventsOf(platform.kafkaBootstrapServers(), new TenantId(tenant))
                .size();
        assertThat(distinct).isEqualTo(eventsOf(written).size());
        assertThat(records.size())
                .as("the batch on Kafka whose token was never stored is sent again after the restart")
                .isGreaterThan(distinct);
        return records.size() - distinct;
    }

    /** Until the forwarder's batch is on Kafka: more records of the tenant than before the outage. */
    private static void awaitRecordsBeyond(LocalPlatform platform, String tenant, int before)
            throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (TopicCensus.recordsOf(platform.kafkaBootstrapServers(), new TenantId(tenant))
                        .size()
                <= before) {
            assertThat(System.nanoTime())
                    .as("the held batch never reached Kafka")
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /**
     * Started on the backlog with small batches, stopped gracefully once it is under way (its claim
     * released), started again and killed once it is under way again.
     *
     * @return the projection's status just before the kill
     */
    private static JsonNode metricsStoppedAndKilledInTheMiddleOfTheBacklog(
            LocalPlatform platform, StageflowClient client) throws InterruptedException {
        platform.start(Service.METRICS, SMALL_BATCHES);
        awaitUnderWay(client);
        assertThat(platform.stop(Service.METRICS))
                .as("shut down within the grace period")
                .isTrue();
        assertThat(claims(platform, "metrics-service", "kpi-projection"))
                .as("the stopped service's claims")
                .containsOnlyNulls();

        platform.start(Service.METRICS, SMALL_BATCHES);
        JsonNode status = awaitUnderWay(client);
        platform.kill(Service.METRICS);
        return status;
    }

    /** Until the projection has moved since its first answer, with records still to go. */
    private static JsonNode awaitUnderWay(StageflowClient client) throws InterruptedException {
        long first = lag(client.get("/api/metrics/status"));
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            JsonNode status = client.get("/api/metrics/status");
            long lag = lag(status);
            assertThat(lag).as("caught up before the fault could be injected").isPositive();
            if (lag < first) {
                return status;
            }
            assertThat(System.nanoTime()).as("the projection never moved").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static long lag(JsonNode status) {
        return status.path("lag").asLong(-1);
    }

    /** Who holds each segment's token of a processor: null for nobody. */
    private static List<String> claims(LocalPlatform platform, String database, String processor) {
        try (MongoClient mongo = MongoClients.create(platform.mongoConnectionString())) {
            List<String> owners = new ArrayList<>();
            for (Document token : mongo.getDatabase(database)
                    .getCollection("trackingtokens")
                    .find(new Document("processorName", processor))) {
                owners.add(token.getString("owner"));
            }
            assertThat(owners).as("%s's tokens", processor).isNotEmpty();
            return owners;
        }
    }
}
