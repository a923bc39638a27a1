package io.stageflow.metrics.kpi;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import io.stageflow.events.Dimensions;
import io.stageflow.events.LeadEvent;
import io.stageflow.events.Money;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.kit.test.TestDatabases;
import io.stageflow.metrics.cube.CellReader;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.Slice;
import io.stageflow.metrics.cube.SliceQuery;
import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.query.DayRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Batches of contract events into the KPI cells on MongoDB: redelivered, replayed, interrupted. */
class KpiBatchTest {
    private static final String TOPIC = "stageflow.opportunity-events.v1";
    private static final String LEAD_TOPIC = "stageflow.lead-events.v1";
    private static final TenantId ACME = new TenantId("acme");
    private static final OpportunityId DEAL = new OpportunityId("opp-1");
    private static final Money AMOUNT = new Money(new BigDecimal("5000"), "EUR");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private final MongoDatabase database = TestDatabases.fresh("kpi");
    private final KpiCells store = new KpiCells(database);
    private final TenantZones zones = new TenantZones(Map.of());

    private record Delivered(SalesEvent event, long sequence, long offset) {}

    private static final List<Delivered> HISTORY = List.of(
            new Delivered(
                    new OpportunityOpened(
                            ACME,
                            DEAL,
                            T0,
                            null,
                            "NEEDS_ANALYSIS",
                            AMOUNT,
                            new Dimensions("web", "retail", "EMEA", "rep-7", "team-3")),
                    0,
                    10),
            new Delivered(
                    new OpportunityLost(ACME, DEAL, T0.plusSeconds(3600), "NEEDS_ANALYSIS", "price", null), 1, 11),
            new Delivered(new OpportunityReopened(ACME, DEAL, T0.plusSeconds(86_400), "NEEDS_ANALYSIS"), 2, 12),
            new Delivered(new OpportunityWon(ACME, DEAL, T0.plusSeconds(2 * 86_400), "NEEDS_ANALYSIS", AMOUNT), 3, 13));

    private KpiBatch batchOf(List<Delivered> events) {
        KpiBatch batch = store.batch(zones);
        List<Arrival> arrivals = events.stream()
                .map(d -> new Arrival(
                        d.event(),
                        d.sequence(),
                        new KafkaPosition(d.event() instanceof LeadEvent ? LEAD_TOPIC : TOPIC, 0, d.offset())))
                .toList();
        batch.prepare(arrivals);
        arrivals.forEach(batch::add);
        return batch;
    }

    private void deliver(List<Delivered> events) {
        batchOf(events).write();
    }

    private Figures all() {
        return new CellReader(store.cells())
                .answer(new SliceQuery(
                        "acme",
                        List.of("leads", "deals"),
                        DayRange.parse(null, null, ZoneOffset.UTC),
                        Slice.ALL,
                        null,
                        null))
                .total();
    }

    @Test
    void aLossUndoneByAReopenAndThenAWinIsOneWinAndNoLoss() {
        deliver(HISTORY);

        assertThat(all().count("won")).isEqualTo(1);
        assertThat(all().count("lost")).isZero();
        assertThat(all().sum("wonAmount:EUR")).isEqualByComparingTo("5000");
    }

    @Test
    void leadAndDealFactsOfOneBatchAreWrittenTogether() {
        LeadId lead = new LeadId("lead-1");
        Dimensions dimensions = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
        List<Delivered> withLead = new ArrayList<>(List.of(
                new Delivered(new LeadCreated(ACME, lead, T0.minusSeconds(86_400), "NEW", dimensions), 0, 10),
                new Delivered(new LeadConverted(ACME, lead, T0, "NEW", DEAL, AMOUNT, dimensions), 1, 11)));
        withLead.addAll(HISTORY);

        deliver(withLead);
        deliver(withLead);

        assertThat(all().counts())
                .containsEntry("created", 1L)
                .containsEntry("converted", 1L)
                .containsEntry("opened", 1L)
                .containsEntry("won", 1L);
    }

    @Test
    void theSameBatchDeliveredAgainChangesNothing() {
        KpiBatch.Written first = batchOf(HISTORY).write();
        Figures once = all();

        KpiBatch.Written again = batchOf(HISTORY).write();
        deliver(HISTORY.subList(1, 3));

        assertThat(all()).isEqualTo(once);
        assertThat(first.events()).isEqualTo(HISTORY.size());
        assertThat(first.cellWrites()).isPositive().isLessThanOrEqualTo(first.contributions());
        assertThat(again.cellWrites()).as("cells written by a redelivery").isZero();
    }

    @Test
    void anEventThatCannotBeAppliedFailsAloneAndAfterTheFixItsRetryCountsOnce() {
        deliver(HISTORY.subList(0, 1));
        MongoCollection<Document> deals = database.getCollection(KpiCells.DEALS);
        Document healthy = deals.find(eq("_id", "acme/opp-1")).first();
        deals.updateOne(eq("_id", "acme/opp-1"), Updates.set("sequence", "written by a faulty release"));
        OpportunityId other = new OpportunityId("opp-2");
        Dimensions dimensions = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
        Arrival lost = arrival(HISTORY.get(1));
        List<Arrival> batch = List.of(
                lost,
                arrival(new Delivered(
                        new OpportunityOpened(ACME, other, T0, null, "NEEDS_ANALYSIS", AMOUNT, dimensions), 0, 20)),
                arrival(new Delivered(
                        new OpportunityWon(ACME, other, T0.plusSeconds(60), "NEEDS_ANALYSIS", AMOUNT), 1, 21)));

        KpiBatch first = store.batch(zones);
        first.prepare(batch);
        assertThatThrownBy(() -> first.add(lost)).isInstanceOf(ClassCastException.class);
        first.add(batch.get(1));
        first.add(batch.get(2));
        first.write();

        assertThat(all().count("won")).as("the rest of the batch").isEqualTo(1);
        assertThat(all().count("lost")).as("the failed event").isZero();

        deals.replaceOne(eq("_id", "acme/opp-1"), healthy);
        for (int attempt = 0; attempt < 2; attempt++) {
            KpiBatch retry = store.batch(zones, true);
            retry.prepare(List.of(lost));
            retry.add(lost);
            retry.write();
        }

        assertThat(all().count("lost")).isEqualTo(1);
        assertThat(all().count("won")).isEqualTo(1);
    }

    private static Arrival arrival(Delivered delivered) {
        return new Arrival(delivered.event(), delivered.sequence(), new KafkaPosition(TOPIC, 0, delivered.offset()));
    }

    @Test
    void anEventRepublishedAtANewOffsetIsKnownByItsSequence() {
        deliver(HISTORY);

        deliver(List.of(new Delivered(HISTORY.get(3).event(), 3, 99)));

        assertThat(all().count("won")).isEqualTo(1);
    }

    @Test
    void aCrashAfterTheCellsButBeforeTheStatesCountsOnceOnReplay() {
        deliver(HISTORY.subList(0, 2));
        KpiBatch interrupted = batchOf(HISTORY.subList(2, 4));
        // The cells of the batch are written, then the process dies before the states are saved.
        store.cells().apply(interrupted.contributions());

        deliver(HISTORY.subList(2, 4));

        assertThat(all().count("won")).isEqualTo(1);
        assertThat(all().count("lost")).isZero();
    }
}
