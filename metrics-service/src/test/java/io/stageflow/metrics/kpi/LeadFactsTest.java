package io.stageflow.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.Slice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lead cells creations and conversions add to. */
class LeadFactsTest {
    private static final TenantId ACME = new TenantId("acme");
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final KafkaPosition AT = new KafkaPosition("stageflow.lead-events.v1", 1, 7);

    private final LeadState lead = new LeadState(new AggregateKey("acme", "lead-1"), FactState.NOTHING_APPLIED);
    private final LeadFacts facts = new LeadFacts();

    private List<Contribution> apply(io.stageflow.events.LeadEvent event) {
        return facts.apply(lead, event, AT, ZoneOffset.UTC);
    }

    @Test
    void aCreationCountsInTheLeadsSlicesCampaignAndContactRoleIncluded() {
        List<Contribution> created =
                apply(new LeadCreated(ACME, LEAD, T0, "NEW", DIMENSIONS, "spring-fair", "CHAMPION"));

        assertThat(created)
                .extracting(c -> c.cell().slice())
                .filteredOn(slice -> !slice.isPair())
                .containsExactly(
                        Slice.ALL,
                        Slice.of("source", "web"),
                        Slice.of("industry", "retail"),
                        Slice.of("region", "EMEA"),
                        Slice.of("rep", "rep-7"),
                        Slice.of("team", "team-3"),
                        Slice.of("campaign", "spring-fair"),
                        Slice.of("contactRole", "CHAMPION"));
        // Within the team: the six other dimensions; within the rep: the five besides the team.
        assertThat(created)
                .extracting(c -> c.cell().slice())
                .filteredOn(Slice::isPair)
                .hasSize(11)
                .contains(
                        Slice.pair(Slice.of("team", "team-3"), Slice.of("campaign", "spring-fair")),
                        Slice.pair(Slice.of("rep", "rep-7"), Slice.of("contactRole", "CHAMPION")));
        assertThat(created).allSatisfy(c -> {
            assertThat(c.cell().family()).isEqualTo("leads");
            assertThat(c.cell().day()).isEqualTo(LocalDate.parse("2026-03-01"));
            assertThat(c.figures().count("created")).isEqualTo(1);
        });
    }

    @Test
    void aConversionCountsForTheLeadsOwnerAtTheTime() {
        apply(new LeadCreated(ACME, LEAD, T0, "NEW", DIMENSIONS));
        assertThat(apply(new LeadStageChanged(ACME, LEAD, T0.plusSeconds(3600), "NEW", "CONTACTED")))
                .allSatisfy(c -> assertThat(c.figures().counts())
                        .containsEntry("durN:in:NEW", 1L)
                        .containsEntry("durMs:in:NEW", 3_600_000L));
        assertThat(apply(new LeadReassigned(ACME, LEAD, T0.plusSeconds(7200), "rep-7", "team-3", "rep-9", "team-4")))
                .isEmpty();

        List<Contribution> converted = apply(new LeadConverted(
                ACME,
                LEAD,
                T0.plusSeconds(86_400),
                "CONTACTED",
                new OpportunityId("opp-1"),
                new Money(BigDecimal.TEN, "EUR"),
                DIMENSIONS));

        assertThat(converted)
                .extracting(c -> c.cell().slice())
                .contains(Slice.of("rep", "rep-9"), Slice.of("team", "team-4"))
                .doesNotContain(Slice.of("rep", "rep-7"));
        assertThat(converted)
                .allSatisfy(c -> assertThat(c.figures().count("converted")).isEqualTo(1));
    }
}
