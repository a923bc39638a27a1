package io.stageflow.kit.plan;

import static io.stageflow.kit.plan.PlanSamples.ACME;
import static io.stageflow.kit.plan.PlanSamples.BUSINESS_TIME;
import static io.stageflow.kit.plan.PlanSamples.quota;
import static io.stageflow.kit.plan.PlanSamples.recordedAt;
import static io.stageflow.kit.plan.PlanSamples.spend;
import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.readmodel.ListPage;
import io.stageflow.kit.readmodel.Listings;
import io.stageflow.kit.test.TestDatabases;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list of figures against the shared in-process MongoDB: what it stores, and how it filters. */
class PlanListsTest {
    private Listings listings;
    private PlanLists lists;
    private long clock;

    @BeforeEach
    void freshCollection() {
        listings = new Listings(TestDatabases.fresh("plan").getCollection("plan_list"));
        lists = new PlanLists(listings);
    }

    /** Writes one setting as its own batch, recorded after everything written before. */
    private void write(PlanEntry entry, long sequence) {
        PlanListBatch batch = new PlanListBatch();
        batch.add(entry, sequence, recordedAt(clock++));
        listings.write(batch.updates());
    }

    private ListPage<PlanListItem> find(TenantId tenant, Map<String, String> filters, String period, String year) {
        return lists.find(PlanListQuery.of(tenant, filters, period, year, null, null), Function.identity());
    }

    private List<String> listed(Map<String, String> filters, String period, String year) {
        return find(ACME, filters, period, year).items().stream()
                .map(item -> item.period() + " "
                        + item.key().values().stream().map(String::valueOf).collect(Collectors.joining(" ")))
                .toList();
    }

    @Test
    void firstSettingListsTheFigureWithEveryField() {
        PlanEntry quota = quota("rep-7", "2026-Q4", "50000.50");

        write(quota, 0);

        assertThat(find(ACME, Map.of(), null, null).items())
                .containsExactly(new PlanListItem(
                        quota.id(),
                        Map.of(PlanEntry.SCOPE, "REP", PlanEntry.SUBJECT_ID, "rep-7"),
                        new Period("2026-Q4"),
                        new Money(new BigDecimal("50000.50"), "EUR"),
                        BUSINESS_TIME,
                        recordedAt(0),
                        0));
    }

    @Test
    void revisionsMoveTheFigureOnAndReplaysNeverMoveItBack() {
        write(quota("rep-7", "2026-Q4", "50000"), 0);
        write(quota("rep-7", "2026-Q4", "60000"), 1);
        write(quota("rep-7", "2026-Q4", "70000"), 2);
        List<PlanListItem> latest = find(ACME, Map.of(), null, null).items();

        write(quota("rep-7", "2026-Q4", "50000"), 0);
        write(quota("rep-7", "2026-Q4", "60000"), 1);

        assertThat(find(ACME, Map.of(), null, null).items()).isEqualTo(latest).hasSize(1);
        assertThat(latest.get(0).version()).isEqualTo(2);
        assertThat(latest.get(0).amount().amount()).isEqualByComparingTo("70000");
    }

    @Test
    void filtersNarrowByPeriodYearAndKeyParts() {
        write(quota("rep-1", "2026", "1"), 0);
        write(quota("rep-1", "2026-Q1", "1"), 0);
        write(quota("rep-2", "2026-03", "1"), 0);
        write(quota(ACME, "TEAM", "team-1", "2026-03", "1"), 0);
        write(quota("rep-1", "2027", "1"), 0);

        assertThat(listed(Map.of(), null, null))
                .containsExactly(
                        "2027 REP rep-1",
                        "2026-03 TEAM team-1",
                        "2026-03 REP rep-2",
                        "2026-Q1 REP rep-1",
                        "2026 REP rep-1");
        assertThat(listed(Map.of(), "2026-03", null)).containsExactly("2026-03 TEAM team-1", "2026-03 REP rep-2");
        assertThat(listed(Map.of(), null, "2026")).hasSize(4).doesNotContain("2027 REP rep-1");
        assertThat(listed(Map.of(), "2027", "2026")).isEmpty();
        assertThat(listed(Map.of(PlanEntry.SCOPE, "TEAM"), null, null)).containsExactly("2026-03 TEAM team-1");
        assertThat(listed(Map.of(PlanEntry.SUBJECT_ID, "rep-1"), null, "2026"))
                .containsExactly("2026-Q1 REP rep-1", "2026 REP rep-1");
    }

    @Test
    void anotherTenantsFiguresNeverAppear() {
        TenantId globex = new TenantId("globex");
        write(quota(globex, "REP", "rep-1", "2026", "1"), 0);
        write(quota("rep-1", "2026", "2"), 0);

        assertThat(find(ACME, Map.of(), null, null).items())
                .extracting(item -> item.amount().amount().toPlainString())
                .containsExactly("2");
        assertThat(find(globex, Map.of(), null, null).total()).isEqualTo(1);
    }

    @Test
    void aWholeChannelIsListedWithoutACampaignAndFilteredApart() {
        write(spend("web", "spring-fair", "2026-Q4", "300"), 0);
        write(spend("web", null, "2026-Q4", "100"), 0);

        Map<String, String> campaign = new HashMap<>();
        campaign.put(PlanEntry.CAMPAIGN, "spring-fair");
        assertThat(listed(Map.of(PlanEntry.CHANNEL, "web"), null, null))
                .containsExactly("2026-Q4 web null", "2026-Q4 web spring-fair");
        assertThat(listed(campaign, null, null)).containsExactly("2026-Q4 web spring-fair");
    }
}
