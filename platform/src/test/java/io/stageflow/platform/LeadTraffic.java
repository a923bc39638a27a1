package io.stageflow.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.ids.TenantId;
import io.stageflow.platform.demo.StageflowClient;
import io.stageflow.platform.demo.StageflowClient.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Users of one tenant creating leads and moving them on, and where the events went: the traffic of
 * the fault-injection tests, which take parts of the platform away underneath it.
 */
final class LeadTraffic {
    static final String FUNNEL = "/api/metrics/funnel?from=2026-10-01&to=2026-11-01&stages=NEW,CONTACTED";
    private static final List<String> SOURCES = List.of("web", "referral", "event");
    private static final AtomicInteger LEADS = new AtomicInteger();

    private LeadTraffic() {}

    /** One lead created and moved on: each answer, and where its event sits in the lead's history. */
    record Written(String leadId, Response created, Response contacted) {
        List<String> events() {
            return List.of(leadId + "@" + version(created), leadId + "@" + version(contacted));
        }

        private static String version(Response answer) {
            return answer.headers().firstValue("ETag").orElse("none").replace("\"", "");
        }
    }

    static Written createAndContact(StageflowClient client) {
        Response created = client.send(
                "POST",
                "/api/leads",
                Map.of(
                        "source", SOURCES.get(LEADS.getAndIncrement() % SOURCES.size()),
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

    /** {@code users} threads creating and contacting leads for {@code duration}. */
    static List<Written> during(StageflowClient client, int users, Duration duration) throws Exception {
        long until = System.nanoTime() + duration.toNanos();
        List<Callable<List<Written>>> work = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            work.add(() -> {
                List<Written> mine = new ArrayList<>();
                while (System.nanoTime() < until) {
                    mine.add(createAndContact(client));
                }
                return mine;
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(users);
        try {
            List<Written> written = new ArrayList<>();
            for (Future<List<Written>> user : threads.invokeAll(work)) {
                written.addAll(user.get());
            }
            return written;
        } finally {
            threads.shutdown();
        }
    }

    static Set<String> eventsOf(List<Written> written) {
        return written.stream().flatMap(lead -> lead.events().stream()).collect(Collectors.toSet());
    }

    /** Every record of the tenant once all {@code expected} events ("lead@sequence") are on Kafka. */
    static List<EventEnvelope> awaitOnKafka(
            LocalPlatform platform, String tenant, Set<String> expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<EventEnvelope> records = TopicCensus.recordsOf(platform.kafkaBootstrapServers(), new TenantId(tenant));
            Set<String> missing = new HashSet<>(expected);
            records.forEach(record -> missing.remove(record.subject() + "@" + record.sequence()));
            if (missing.isEmpty()) {
                return records;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(missing.size() + " of " + expected.size() + " events not on Kafka after "
                        + timeout + ", e.g. " + missing.iterator().next());
            }
            Thread.sleep(1000);
        }
    }

    /** The funnel once it counts {@code leads} contacted leads, or as it is after {@code timeout}. */
    static Map<String, Long> awaitFunnel(StageflowClient client, int leads, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Long> counted = funnel(client);
        while (counted.getOrDefault("CONTACTED", 0L) < leads && System.nanoTime() < deadline) {
            Thread.sleep(500);
            counted = funnel(client);
        }
        return counted;
    }

    static Map<String, Long> funnel(StageflowClient client) {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode stage : client.get(FUNNEL).path("stages")) {
            counts.put(stage.path("stage").asText(), stage.path("count").asLong());
        }
        return counts;
    }
}
