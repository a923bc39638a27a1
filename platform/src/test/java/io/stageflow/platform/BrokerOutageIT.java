package io.stageflow.platform;

import static io.stageflow.platform.LeadTraffic.awaitOnKafka;
import static io.stageflow.platform.LeadTraffic.eventsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.EventEnvelope;
import io.stageflow.events.ids.TenantId;
import io.stageflow.localinfra.LocalKafka;
import io.stageflow.platform.LeadTraffic.Written;
import io.stageflow.platform.demo.Freshness;
import io.stageflow.platform.demo.StageflowClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The broker goes away while users keep working, and comes back. Every command still succeeds, since
 * a service's event store is its outbox; once the broker is back every change reaches Kafka (at least
 * once, each aggregate's in order), the metrics count each exactly once, and they equal a fresh
 * replay of the log.
 */
class BrokerOutageIT {
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    private static final int USERS = 4;

    @Test
    void commandsSucceedWhileTheBrokerIsDownAndEachArrivesAndCountsOnceWhenItIsBack() throws Exception {
        LocalPlatform platform = RunningPlatform.get();
        String tenant = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        StageflowClient client =
                StageflowClient.signIn(platform.gatewayUrl(), tenant, "olga", List.of("executive", "admin"));
        List<Written> written = new ArrayList<>();
        // First a lead all the way to Kafka: every client of the broker has been connected when it goes.
        written.add(LeadTraffic.createAndContact(client));
        awaitOnKafka(platform, tenant, eventsOf(written), CATCH_UP);

        LocalKafka kafka = platform.kafka();
        kafka.stop();
        long down = System.nanoTime();
        try {
            written.addAll(LeadTraffic.during(client, USERS, OUTAGE));
        } finally {
            kafka.restart();
        }
        double outage = seconds(down);
        long back = System.nanoTime();

        assertThat(written).allSatisfy(lead -> {
            assertThat(lead.created().status()).as(lead.created().body()).isEqualTo(201);
            assertThat(lead.contacted().status()).as(lead.contacted().body()).isEqualTo(204);
        });
        List<EventEnvelope> records = awaitOnKafka(platform, tenant, eventsOf(written), CATCH_UP);
        double onKafka = seconds(back);
        List<EventEnvelope> distinct = TopicCensus.eventsOf(platform.kafkaBootstrapServers(), new TenantId(tenant));
        assertThat(distinct.stream()
                        .collect(Collectors.groupingBy(
                                EventEnvelope::subject,
                                Collectors.mapping(EventEnvelope::sequence, Collectors.toList()))))
                .as("each lead's events in the order of their sequence")
                .allSatisfy((lead, sequences) -> assertThat(sequences).containsExactly(0L, 1L));

        int leads = written.size();
        Map<String, Long> counted = LeadTraffic.awaitFunnel(client, leads, CATCH_UP);
        double counting = seconds(back);
        Freshness.awaitCaughtUp(client, Duration.ofSeconds(60));
        System.out.printf(
                "[outage] broker down %.1f s; %d leads created and contacted meanwhile, all answered 201/204;"
                        + " %d records (%d distinct events) on Kafka %.1f s after it was back; funnel %s after %.1f s%n",
                outage, leads - 1, records.size(), distinct.size(), onKafka, counted, counting);
        assertThat(LeadTraffic.funnel(client))
                .as("each lead counted once")
                .isEqualTo(Map.of("NEW", (long) leads, "CONTACTED", (long) leads));
        FreshReplay.assertLiveEqualsReplay(platform, client);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
