package io.stageflow.kit.plan;

import static io.stageflow.kit.plan.PlanSamples.ACME;
import static io.stageflow.kit.plan.PlanSamples.BUSINESS_TIME;
import static io.stageflow.kit.plan.PlanSamples.eur;
import static io.stageflow.kit.plan.PlanSamples.quotaSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stageflow.events.ids.TenantId;
import io.stageflow.events.plan.QuotaSet;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlanHistoriesTest {
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final PlanHistories histories = new PlanHistories(eventStore);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    private static void store(EventStore eventStore, long sequence, QuotaSet event) {
        eventStore.publish(new GenericDomainEventMessage<>("Quota", event.aggregateId(), sequence, event));
    }

    @Test
    void figureShowsItsLastAmountAndEverySettingOldestFirst() {
        QuotaSet first = quotaSet(ACME, "REP", "rep-7", "2026-Q4", "50000", null);
        QuotaSet second = quotaSet(ACME, "REP", "rep-7", "2026-Q4", "60000", "50000");
        store(eventStore, 0, first);
        store(eventStore, 1, second);

        PlanHistory quota = histories.find(ACME, first.aggregateId()).orElseThrow();

        assertThat(quota.id()).isEqualTo(first.aggregateId());
        assertThat(quota.amount()).isEqualTo(eur("60000"));
        assertThat(quota.version()).isEqualTo(1);
        assertThat(quota.history())
                .extracting(PlanHistoryEntry::amount, PlanHistoryEntry::previous, PlanHistoryEntry::occurredAt)
                .containsExactly(
                        tuple(eur("50000"), null, BUSINESS_TIME), tuple(eur("60000"), eur("50000"), BUSINESS_TIME));
        assertThat(quota.history())
                .allSatisfy(entry -> assertThat(entry.recordedAt()).isNotNull());
    }

    @Test
    void aFigureNeverSetOrAnotherTenantsIsNotThere() {
        QuotaSet globex = quotaSet(new TenantId("globex"), "REP", "rep-7", "2026-Q4", "50000", null);
        store(eventStore, 0, globex);

        assertThat(histories.find(ACME, globex.aggregateId())).isEmpty();
        assertThat(histories.find(ACME, "quota:acme:never-set")).isEmpty();
        assertThat(histories.find(new TenantId("globex"), globex.aggregateId())).isPresent();
    }
}
