package io.stageflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.platform.demo.StageflowClient;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A marketer sees what each channel costs per customer it won, through the gateway: spend set on two
 * channels, accounts won by deals from each, and the unit economics per channel. The channel travels
 * from the opportunity's source through its win and the account's becoming a customer to the cells.
 */
class ChannelCostEndToEndIT {
    private static final String TENANT = "channels";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static LocalPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
    }

    @Test
    void cacPerChannelIsTheChannelsSpendPerCustomerItsDealsWon() {
        String year = Year.now(ZoneOffset.UTC).toString();
        // An admin sets the spend, reps win the deals, the executive reads what each channel cost.
        StageflowClient executive =
                StageflowClient.signIn(platform.gatewayUrl(), TENANT, "mia", List.of("executive", "admin"));
        executive
                .send("PUT", "/api/marketing-spend/web/" + year, Map.of("amount", 9000, "currency", "EUR"))
                .requireSuccess();
        executive
                .send("PUT", "/api/marketing-spend/event/" + year, Map.of("amount", 5000, "currency", "EUR"))
                .requireSuccess();
        StageflowClient rep =
                StageflowClient.signIn(platform.gatewayUrl(), TENANT, "ole", List.of("rep"), List.of("nordics"));
        for (String source : List.of("web", "web", "web", "event")) {
            winACustomer(rep, source);
        }

        String thisYear =
                "/api/metrics/unit-economics?from=" + year + "-01-01&to=" + (Integer.parseInt(year) + 1) + "-01-01";
        // Each win reaches the cells on its own partition: wait for every slice, not just one.
        JsonNode web = answerOnce(executive, thisYear + "&source=web", 3);
        assertThat(web.path("byCurrency").get(0).path("cac").asDouble()).isEqualTo(3000.0);
        JsonNode event = answerOnce(executive, thisYear + "&source=event", 1);
        assertThat(event.path("byCurrency").get(0).path("cac").asDouble()).isEqualTo(5000.0);
        JsonNode all = answerOnce(executive, thisYear, 4);
        assertThat(all.path("byCurrency").get(0).path("cac").asDouble()).isEqualTo(3500.0);
    }

    /** The unit economics at {@code path} once they count {@code customers} new customers. */
    private static JsonNode answerOnce(StageflowClient executive, String path, long customers) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> executive.get(path),
                        answer -> answer.path("newCustomers").asLong() == customers);
    }

    /** A new account, and a deal of it from {@code source} won an hour ago. */
    private static void winACustomer(StageflowClient rep, String source) {
        String at = NOW.minus(Duration.ofHours(2)).toString();
        String accountId = rep.post(
                        "/api/accounts",
                        Map.of(
                                "name",
                                "Account via " + source,
                                "industry",
                                "retail",
                                "region",
                                "EMEA",
                                "ownerId",
                                "ole",
                                "occurredAt",
                                at))
                .path("accountId")
                .asText();
        String opportunityId = rep.post(
                        "/api/opportunities",
                        Map.of(
                                "amount", 1000,
                                "currency", "EUR",
                                "ownerId", "ole",
                                "teamId", "nordics",
                                "source", source,
                                "industry", "retail",
                                "region", "EMEA",
                                "occurredAt", at,
                                "accountId", accountId))
                .path("opportunityId")
                .asText();
        rep.send(
                        "POST",
                        "/api/opportunities/" + opportunityId + "/win",
                        Map.of("occurredAt", NOW.minus(Duration.ofHours(1)).toString()))
                .requireSuccess();
    }
}
