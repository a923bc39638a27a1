package io.stageflow.opportunity.query.list;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One opportunity's events for list tests; event {@code n} is recorded {@code n} minutes after {@link #T0}. */
final class ListingEvents {
    static final TenantId ACME = new TenantId("acme");
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant BUSINESS_TIME = Instant.parse("2026-02-01T00:00:00Z");

    private final OpportunityId id;

    ListingEvents(String id) {
        this.id = new OpportunityId(id);
    }

    OpportunityId id() {
        return id;
    }

    ListedEvent opened(long sequence) {
        return listed(
                new OpportunityOpened(
                        ACME,
                        id,
                        BUSINESS_TIME,
                        null,
                        "NEEDS_ANALYSIS",
                        new Money(new BigDecimal("5000.50"), "EUR"),
                        new Dimensions("web", "retail", "EMEA", "rep-7", "team-3")),
                sequence);
    }

    ListedEvent moved(long sequence, String from, String to) {
        return listed(new OpportunityStageChanged(ACME, id, BUSINESS_TIME, from, to), sequence);
    }

    ListedEvent won(long sequence, String amount) {
        return listed(
                new OpportunityWon(ACME, id, BUSINESS_TIME, "QUOTE", new Money(new BigDecimal(amount), "EUR")),
                sequence);
    }

    ListedEvent lost(long sequence) {
        return listed(new OpportunityLost(ACME, id, BUSINESS_TIME, "QUOTE", "price", null), sequence);
    }

    ListedEvent amountChanged(long sequence, String from, String to, String currency) {
        return listed(
                new OpportunityAmountChanged(
                        ACME,
                        id,
                        BUSINESS_TIME,
                        new Money(new BigDecimal(from), "EUR"),
                        new Money(new BigDecimal(to), currency)),
                sequence);
    }

    ListedEvent closeDateChanged(long sequence, String from, String to) {
        return listed(
                new OpportunityCloseDateChanged(
                        ACME, id, BUSINESS_TIME, from == null ? null : LocalDate.parse(from), LocalDate.parse(to)),
                sequence);
    }

    ListedEvent reassigned(long sequence, String owner, String team) {
        return listed(new OpportunityReassigned(ACME, id, BUSINESS_TIME, "rep-7", "team-3", owner, team), sequence);
    }

    static Instant recordedAt(long sequence) {
        return T0.plusSeconds(60 * sequence);
    }

    private static ListedEvent listed(OpportunityEvent event, long sequence) {
        return new ListedEvent(event, sequence, recordedAt(sequence));
    }
}
