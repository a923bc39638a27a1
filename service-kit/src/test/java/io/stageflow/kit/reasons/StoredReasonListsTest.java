package io.stageflow.kit.reasons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.ReasonListDefined;
import io.stageflow.kit.domain.InvalidCommand;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoredReasonListsTest {
    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final StoredReasonLists lists = new StoredReasonLists(eventStore);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    private void store(TenantId tenant, ReasonKind kind, int version, List<String> reasons) {
        var listId = kind.listIdFor(tenant);
        eventStore.publish(new GenericDomainEventMessage<>(
                "ReasonList",
                listId.value(),
                version - 1L,
                new ReasonListDefined(tenant, listId, T0, version, kind.name(), reasons)));
    }

    @Test
    void aTenantThatNeverDefinedAListHasTheKindsDefaultsAtVersionZero() {
        assertThat(lists.view(ACME, ReasonKind.DISQUALIFY))
                .isEqualTo(new ReasonListView("disqualify", 0, ReasonKind.DISQUALIFY.defaults(), true));
        assertThat(lists.current(ACME, ReasonKind.LOSS)).isEqualTo(ReasonKind.LOSS.defaults());
    }

    @Test
    void theLatestDefinitionIsTheList() {
        store(ACME, ReasonKind.DISQUALIFY, 1, List.of("spam", "no budget"));
        store(ACME, ReasonKind.DISQUALIFY, 2, List.of("预算不足", "spam"));

        assertThat(lists.view(ACME, ReasonKind.DISQUALIFY))
                .isEqualTo(new ReasonListView("disqualify", 2, List.of("预算不足", "spam"), false));
    }

    @Test
    void listsBelongToOneTenantAndOneKind() {
        store(ACME, ReasonKind.DISQUALIFY, 1, List.of("spam"));

        assertThat(lists.current(GLOBEX, ReasonKind.DISQUALIFY)).isEqualTo(ReasonKind.DISQUALIFY.defaults());
        assertThat(lists.current(ACME, ReasonKind.LOSS)).isEqualTo(ReasonKind.LOSS.defaults());
    }

    @Test
    void aReasonMustBeOnTheTenantsCurrentList() {
        store(ACME, ReasonKind.DISQUALIFY, 1, List.of("spam", "预算不足"));

        assertThat(lists.requireListed(ACME, ReasonKind.DISQUALIFY, "reason", " 预算不足 "))
                .isEqualTo("预算不足");
        assertThatThrownBy(() -> lists.requireListed(ACME, ReasonKind.DISQUALIFY, "reason", "no budget"))
                .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.getMessage()).contains("'no budget'", "[spam, 预算不足]");
                });
        assertThat(lists.requireListed(GLOBEX, ReasonKind.DISQUALIFY, "reason", "no budget"))
                .isEqualTo("no budget");
    }
}
