package io.stageflow.metrics.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.account.AccountBecameCustomer;
import io.stageflow.events.account.AccountChurned;
import io.stageflow.events.account.AccountCreated;
import io.stageflow.events.account.AccountPurchaseMade;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.SpendId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.plan.MarketingSpendSet;
import io.stageflow.metrics.support.MetricsClient;
import io.stageflow.metrics.support.SampleJourneys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed examples of unit economics, from account and plan events on Kafka:
 *
 * <pre>
 * CAC: 1,000,000 EUR spent on 2025 (set to 800,000 first, then revised), 200 new customers in 2025
 *      → 5000 per customer.
 * CAC by channel (another tenant): 600,000 EUR on web and 200,000 EUR on fairs for 2025; 150
 *      customers won by web deals, 40 by fair deals, 10 by wins that do not say their source
 *      → 4000 overall and on web, 5000 on fairs.
 * CLV: 100 customers since mid-2025. In 2026: 20 of them buy once and churn, the other 80 buy
 *      twice, 20 new ones buy once → 200 purchases of 1000 EUR, 100 customers on average:
 *      1000 × (200 / 100 per year) × (1 / (20 / 100) years) = 10000; retention (100 - 20) / 100.
 * </pre>
 */
class UnitEconomicsApiTest extends MetricsServiceTest {
    private static final TenantId CAC = new TenantId("seed-cac");
    private static final TenantId CLV = new TenantId("seed-clv");
    private static final TenantId CHANNELS = new TenantId("seed-channels");
    private static final Money THOUSAND = new Money(new BigDecimal("1000"), "EUR");

    @BeforeAll
    void publishTheSeeds() throws Exception {
        List<EventEnvelope> events = new ArrayList<>();
        SpendId web = new SpendId("web.2025");
        events.addAll(SampleJourneys.envelopes(List.of(
                new MarketingSpendSet(
                        CAC, web, at("2025-01-02"), "web", null, new Period("2025"), euros("800000"), null),
                new MarketingSpendSet(
                        CAC,
                        web,
                        at("2025-02-02"),
                        "web",
                        null,
                        new Period("2025"),
                        euros("1000000"),
                        euros("800000")))));
        for (int i = 0; i < 200; i++) {
            events.addAll(customer(CAC, "a" + i, at("2025-03-01").plus(Duration.ofDays(i)), List.of()));
        }
        for (int i = 0; i < 100; i++) {
            List<SalesEvent> later = new ArrayList<>();
            AccountId account = new AccountId("old-" + i);
            later.add(purchase(account, "2026-04-01"));
            later.add(
                    i < 20
                            ? new AccountChurned(CLV, account, at("2026-06-01"), "budget")
                            : purchase(account, "2026-09-01"));
            events.addAll(customer(CLV, "old-" + i, at("2025-06-01"), later));
        }
        for (int i = 0; i < 20; i++) {
            events.addAll(customer(CLV, "new-" + i, at("2026-03-01"), List.of()));
        }
        events.addAll(
                SampleJourneys.envelopes(List.of(spend(CHANNELS, "web", "600000"), spend(CHANNELS, "fair", "200000"))));
        for (int i = 0; i < 200; i++) {
            String source = i < 150 ? "web" : i < 190 ? "fair" : null;
            events.addAll(SampleJourneys.envelopes(List.of(
                    new AccountCreated(
                            CHANNELS, new AccountId("c" + i), at("2025-03-01"), "C" + i, "retail", "EMEA", "rep-1"),
                    new AccountBecameCustomer(
                            CHANNELS,
                            new AccountId("c" + i),
                            at("2025-03-01").plus(Duration.ofDays(i)),
                            OpportunityId.random(),
                            THOUSAND,
                            false,
                            source))));
        }
        TOPICS.publish(events);
        new MetricsClient(mvc, CAC.value()).awaitCaughtUp(Duration.ofSeconds(60));
    }

    @Test
    void cacIsSpendPerNewCustomer() throws Exception {
        DocumentContext year = JsonPath.parse(
                new MetricsClient(mvc, CAC.value()).get("/api/metrics/unit-economics?from=2025-01-01&to=2026-01-01"));

        assertThat((Integer) year.read("$.newCustomers")).isEqualTo(200);
        assertThat(year.read("$.byCurrency[0]", Map.class))
                .containsEntry("currency", "EUR")
                .containsEntry("spend", 1000000)
                .containsEntry("cac", 5000.0);
    }

    @Test
    void cacByChannelIsTheChannelsSpendPerCustomerItsDealsWon() throws Exception {
        MetricsClient channels = new MetricsClient(mvc, CHANNELS.value());
        String year = "/api/metrics/unit-economics?from=2025-01-01&to=2026-01-01";
        Map<String, Object> cac = Map.of("web", 4000.0, "fair", 5000.0);
        Map<String, Object> customers = Map.of("web", 150, "fair", 40);
        for (String source : List.of("web", "fair")) {
            DocumentContext channel = JsonPath.parse(channels.get(year + "&source=" + source));
            assertThat((Integer) channel.read("$.newCustomers")).as(source).isEqualTo(customers.get(source));
            assertThat(channel.read("$.byCurrency[0]", Map.class)).containsEntry("cac", cac.get(source));
        }
        DocumentContext all = JsonPath.parse(channels.get(year));
        assertThat((Integer) all.read("$.newCustomers")).isEqualTo(200);
        assertThat(all.read("$.byCurrency[0]", Map.class))
                .containsEntry("spend", 800000)
                .containsEntry("cac", 4000.0);
    }

    @Test
    void clvIsAveragePurchaseTimesPurchasesPerYearTimesLifetime() throws Exception {
        DocumentContext year = JsonPath.parse(
                new MetricsClient(mvc, CLV.value()).get("/api/metrics/unit-economics?from=2026-01-01&to=2027-01-01"));

        assertThat(year.read("$", Map.class))
                .containsEntry("customersAtStart", 100)
                .containsEntry("customersAtEnd", 100)
                .containsEntry("newCustomers", 20)
                .containsEntry("churned", 20)
                .containsEntry("purchases", 200)
                .containsEntry("purchasesPerCustomerYear", 2.0)
                .containsEntry("annualChurnRate", 0.2)
                .containsEntry("lifetimeYears", 5.0)
                .containsEntry("retentionRate", 0.8);
        assertThat(year.read("$.byCurrency[0]", Map.class))
                .containsEntry("averagePurchase", 1000.0)
                .containsEntry("clv", 10000.0)
                .containsEntry("cac", null);
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T09:00:00Z");
    }

    private static MarketingSpendSet spend(TenantId tenant, String channel, String amount) {
        return new MarketingSpendSet(
                tenant,
                new SpendId(channel + ".2025"),
                at("2025-01-02"),
                channel,
                null,
                new Period("2025"),
                euros(amount),
                null);
    }

    private static Money euros(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    private static AccountPurchaseMade purchase(AccountId account, String day) {
        return new AccountPurchaseMade(CLV, account, at(day), OpportunityId.random(), THOUSAND);
    }

    /** An account that became a customer at {@code since} with a first purchase of 1000 EUR, then {@code later}. */
    private static List<EventEnvelope> customer(TenantId tenant, String id, Instant since, List<SalesEvent> later) {
        AccountId account = new AccountId(id);
        List<SalesEvent> events = new ArrayList<>(List.of(
                new AccountCreated(tenant, account, since, "Account " + id, "retail", "EMEA", "rep-1"),
                new AccountBecameCustomer(tenant, account, since, OpportunityId.random(), THOUSAND, false)));
        events.addAll(later);
        return SampleJourneys.envelopes(events);
    }
}
