package io.stageflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.ids.TenantId;
import io.stageflow.localinfra.LocalKafka;
import io.stageflow.platform.demo.Freshness;
import io.stageflow.platform.demo.StageflowClient;
import io.stageflow.platform.demo.StageflowClient.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The broker goes away while users keep working, and comes back. Every command still succeeds, since
 * a service's event store is its outbox; once the broker is back every change reaches Kafka (at least
 * once, each aggregate's in order) and the metrics count each exactly once.
 */
class BrokerOutageIT {
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    private static final int USERS = 4;
    private static final String FUNNEL = "/api/metrics/funnel?from=2026-10-01&to=2026-11-01&stages=NEW,CONTACTED";

    /** One lead created and moved on: each answer, and where its event sits in the lead's history. */
    record Written(String leadId, Response created, Response contacted) {
        List<String> events() {
            return List.of(leadId + "@" + version(created), leadId + "@" + version(contacted));
        }

        private static String version(Response answer) {
            return answer.headers().firstValue("ETag").orElse("none").replace("\"", "");
        }
    }

    @Test
    void commandsSucceedWhileTheBrokerIsDownAndEachArrivesAndCountsOnceWhenItIsBack() throws Exception {
        LocalPlatform platform = RunningPlatform.get();
        String tenant = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        StageflowClient client =
                StageflowClient.signIn(platform.gatewayUrl(), tenant, "olga", List.of("executive", "admin"));
        List<Written> written = new ArrayList<>();
        // First a lead all the way to Kafka: every client of the broker has been connected when it goes.
        written.add(createAndContact(client));
        awaitOnKafka(platform, tenant, eventsOf(written));

        LocalKafka kafka = platform.kafka();
        kafka.stop();
        long down = System.nanoTime();
        try {
            written.addAll(whileTheBrokerIsDown(client));
        } finally {
            kafka.restart();
        }
        double outage = seconds(down);
        long back = System.nanoTime();

        assertThat(written).allSatisfy(lead -> {
            assertThat(lead.created().status()).as(lead.created().body()).isEqualTo(201);
            assertThat(lead.contacted().status()).as(lead.contacted().body()).isEqualTo(204);
        });
        List<EventEnvelope> records = awaitOnKafka(platform, tenant, eventsOf(written));
        double onKafka = seconds(back);
        List<EventEnvelope> distinct = TopicCensus.eventsOf(platform.kafkaBootstrapServers(), new TenantId(tenant));
        assertThat(distinct.stream()
                        .collect(Collectors.groupingBy(
                                EventEnvelope::subject,
                                Collectors.mapping(EventEnvelope::sequence, Collectors.toList()))))
                .as("each lead's events in the order of their sequence")
                .allSatisfy((lead, sequences) -> assertThat(sequences).containsExactly(0L, 1L));

        int leads = written.size();
        Map<String, Long> counted = awaitFunnel(client, leads);
        double counting = seconds(back);
        Freshness.awaitCaughtUp(client, Duration.ofSeconds(60));
        System.out.printf(
                "[outage] broker down %.1f s; %d leads created and contacted meanwhile, all answered 201/204;"
                        + " %d records (%d distinct events) on Kafka %.1f s after it was back; funnel %s after %.1f s%n",
                outage, leads - 1, records.size(), distinct.size(), onKafka, counted, counting);
        assertThat(funnel(client))
                .as("each lead counted once")
                .isEqualTo(Map.of("NEW", (long) leads, "CONTACTED", (long) leads));
    }

    private static List<Written> whileTheBrokerIsDown(StageflowClient client) throws Exception {
        long until = System.nanoTime() + OUTAGE.toNanos();
        List<Callable<List<Written>>> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(() -> {
                List<Written> mine = new ArrayList<>();
                while (System.nanoTime() < until) {
                    mine.add(createAndContact(client));
                }
                return mine;
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(USERS);
        try {
            List<Written> written = new ArrayList<>();
            for (Future<List<Written>> user : threads.invokeAll(users)) {
                written.addAll(user.get());
            }
            return written;
        } finally {
            threads.shutdown();
        }
    }

    private static Written createAndContact(StageflowClient client) {
        Response created = client.send(
                "POST",
                "/api/leads",
                Map.of(
                        "source", "web",
                        "industry", "retail",
                        "region", "EMEA",
                        "ownerId", "olga",
                        "teamId", "north",
                        "occurredAt", "2026-10-05T10:00:00Z"));
        String leadId = created.json().path("leadId").asText();
        Response contacted = client.send(
                "POST",
                "/api/leads/" + leadId + "/stage",
                Map.of("stage", "CONTACTED", "occurredAt", "2026-10-06T10:00:00Z"));
        return new Written(leadId, created, contacted);
    }

    private static Set<String> eventsOf(List<Written> written) {
        return written.stream().flatMap(lead -> lead.events().stream()).collect(Collectors.toSet());
    }

    /** Every record of the tenant once all {@code expected} events ("lead@sequence") are on Kafka. */
    private static List<EventEnvelope> awaitOnKafka(LocalPlatform platform, String tenant, Set<String> expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            List<EventEnvelope> records = TopicCensus.recordsOf(platform.kafkaBootstrapServers(), new TenantId(tenant));
            Set<String> missing = new HashSet<>(expected);
            records.forEach(record -> missing.remove(record.subject() + "@" + record.sequence()));
            if (missing.isEmpty()) {
                return records;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(missing.size() + " of " + expected.size() + " events not on Kafka after "
                        + CATCH_UP + ", e.g. " + missing.iterator().next());
            }
            Thread.sleep(1000);
        }
    }

    private static Map<String, Long> awaitFunnel(StageflowClient client, int leads) throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        Map<String, Long> counted = funnel(client);
        while (counted.getOrDefault("CONTACTED", 0L) < leads && System.nanoTime() < deadline) {
            Thread.sleep(500);
            counted = funnel(client);
        }
        return counted;
    }

    private static Map<String, Long> funnel(StageflowClient client) {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode stage : client.get(FUNNEL).path("stages")) {
            counts.put(stage.path("stage").asText(), stage.path("count").asLong());
        }
        return counts;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
