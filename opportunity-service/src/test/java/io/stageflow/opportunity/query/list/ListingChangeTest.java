package io.stageflow.opportunity.query.list;

import static io.stageflow.opportunity.query.list.ListingEvents.ACME;
import static io.stageflow.opportunity.query.list.ListingEvents.recordedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.opportunity.command.OpportunityStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingChangeTest {
    private final ListingEvents deal = new ListingEvents("deal-1");

    @Test
    void foldsABatchInSequenceOrderWhateverOrderItArrivedIn() {
        ListingChange change = ListingChange.fold(
                List.of(deal.won(2, "4200"), deal.opened(0), deal.moved(1, "NEEDS_ANALYSIS", "QUOTE")));

        assertThat(change.version()).isEqualTo(2);
        assertThat(change.updatedAt()).isEqualTo(recordedAt(2));
        assertThat(change.opened()).isEqualTo(deal.opened(0).event());
        assertThat(change.stage()).isEqualTo("WON");
        assertThat(change.status()).isEqualTo(OpportunityStatus.WON);
        assertThat(change.amount()).isEqualTo(new Money(new BigDecimal("4200"), "EUR"));
    }

    @Test
    void fieldChangesFoldOverTheOpeningInSequenceOrder() {
        ListingChange change = ListingChange.fold(List.of(
                deal.reassigned(3, "rep-9", "team-4"),
                deal.amountChanged(1, "5000.50", "7000", "USD"),
                deal.opened(0),
                deal.closeDateChanged(2, null, "2026-06-30")));

        assertThat(change.opened()).isEqualTo(deal.opened(0).event());
        assertThat(change.amount()).isEqualTo(new Money(new BigDecimal("7000"), "USD"));
        assertThat(change.expectedCloseDate()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(change.ownerId()).isEqualTo("rep-9");
        assertThat(change.teamId()).isEqualTo("team-4");
        assertThat(change.stage()).isEqualTo("NEEDS_ANALYSIS");
        assertThat(change.version()).isEqualTo(3);
    }

    @Test
    void fieldChangeWithoutTheOpeningTouchesOnlyItsFields() {
        ListingChange change = ListingChange.fold(List.of(deal.reassigned(5, "rep-9", "team-4")));

        assertThat(change.ownerId()).isEqualTo("rep-9");
        assertThat(change.teamId()).isEqualTo("team-4");
        assertThat(change.opened()).isNull();
        assertThat(change.stage()).isNull();
        assertThat(change.status()).isNull();
        assertThat(change.amount()).isNull();
        assertThat(change.expectedCloseDate()).isNull();
    }

    @Test
    void laterStageOfTheSameBatchWinsEvenWhenItArrivesFirst() {
        ListingChange change = ListingChange.fold(
                List.of(deal.moved(3, "PROPOSAL", "QUOTE"), deal.moved(2, "NEEDS_ANALYSIS", "PROPOSAL")));

        assertThat(change.stage()).isEqualTo("QUOTE");
        assertThat(change.version()).isEqualTo(3);
    }

    @Test
    void batchWithoutTheOpeningTouchesOnlyWhatItsEventsChange() {
        ListingChange change = ListingChange.fold(List.of(deal.lost(4)));

        assertThat(change.opened()).isNull();
        assertThat(change.amount()).isNull();
        assertThat(change.stage()).isEqualTo("LOST");
        assertThat(change.status()).isEqualTo(OpportunityStatus.LOST);
        assertThat(change.documentId()).isEqualTo("acme/deal-1");
    }

    @Test
    void eventTheListDoesNotShowStillMovesVersionAndUpdatedAt() {
        record Noted(TenantId tenantId, OpportunityId opportunityId, Instant occurredAt) implements OpportunityEvent {}
        ListingChange change = ListingChange.fold(List.of(
                deal.moved(1, "NEEDS_ANALYSIS", "PROPOSAL"),
                new ListedEvent(new Noted(ACME, deal.id(), recordedAt(0)), 2, recordedAt(2))));

        assertThat(change.stage()).isEqualTo("PROPOSAL");
        assertThat(change.version()).isEqualTo(2);
        assertThat(change.updatedAt()).isEqualTo(recordedAt(2));
    }

    @Test
    void eventDeliveredTwiceInABatchFoldsAsOnce() {
        ListingChange once = ListingChange.fold(List.of(deal.opened(0), deal.moved(1, "NEEDS_ANALYSIS", "QUOTE")));
        ListingChange twice = ListingChange.fold(List.of(
                deal.opened(0),
                deal.moved(1, "NEEDS_ANALYSIS", "QUOTE"),
                deal.opened(0),
                deal.moved(1, "NEEDS_ANALYSIS", "QUOTE")));

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void batchYieldsOneChangePerOpportunity() {
        ListingEvents other = new ListingEvents("deal-2");
        ListingBatch batch = new ListingBatch();
        for (ListedEvent listed :
                List.of(deal.opened(0), other.opened(0), deal.moved(1, "NEEDS_ANALYSIS", "QUOTE"), other.lost(1))) {
            batch.add(listed.event(), listed.sequence(), listed.recordedAt());
        }

        assertThat(batch.changes())
                .extracting(ListingChange::documentId, ListingChange::stage, ListingChange::version)
                .containsExactly(tuple("acme/deal-1", "QUOTE", 1L), tuple("acme/deal-2", "LOST", 1L));
    }
}
