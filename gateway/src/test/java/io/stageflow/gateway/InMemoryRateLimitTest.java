package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The local profile's limits, in this JVM; a user affords 3 requests, a tenant 5. */
@TestPropertySource("classpath:small-rate-limits.properties")
class InMemoryRateLimitTest extends LocalGatewayTest {

    @Test
    void userIsLimitedAfterTheBurstColleaguesPassUntilTheTenantLimitOtherTenantsAreUnaffected() {
        String alice = devToken("acme", "alice");
        String bob = devToken("acme", "bob");
        String carol = devToken("globex", "carol");

        for (int i = 0; i < 3; i++) {
            call(alice).expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "300");
        }
        HttpHeaders refusedByUser = Problems.assertTooManyRequests(call(alice));
        assertThat(Problems.asLong(refusedByUser, "X-RateLimit-Remaining")).isLessThan(100);
        assertThat(Problems.asLong(refusedByUser, HttpHeaders.RETRY_AFTER)).isBetween(1L, 100L);

        call(bob).expectStatus().isOk();
        call(bob).expectStatus().isOk();
        HttpHeaders refusedByTenant = Problems.assertTooManyRequests(call(bob));
        assertThat(Problems.asLong(refusedByTenant, "X-RateLimit-Tenant-Remaining"))
                .isLessThan(100);
        assertThat(refusedByTenant.getFirst("X-RateLimit-Tenant-Replenish-Rate"))
                .isEqualTo("1");

        call(carol)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-RateLimit-Remaining", "200")
                .expectHeader()
                .valueEquals("X-RateLimit-Tenant-Remaining", "400");

        assertThat(BACKEND.received()).hasSize(3 + 2 + 1);
    }

    @Test
    void requestWithoutTokenIsRefusedByAuthenticationNotByTheLimiter() {
        web.get()
                .uri("/api/leads")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .doesNotExist("X-RateLimit-Remaining");
    }

    private WebTestClient.ResponseSpec call(String token) {
        return Problems.getWithToken(web, "/api/leads", token);
    }
}
