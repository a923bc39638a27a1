package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.localinfra.LocalOidcProvider;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The prod profile: buckets in a real Redis, tokens from a real OpenID Connect provider; a user
 * affords 3 requests, a tenant 5.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource("classpath:small-rate-limits.properties")
@ActiveProfiles("prod")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisRateLimitTest {

    static Optional<RedisServer> redis = Optional.empty();
    static final LocalOidcProvider IDP = LocalOidcProvider.start();
    static final RecordingBackend BACKEND = RecordingBackend.start();

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.startIfInstalled();
    }

    @BeforeEach
    void skipWithoutRedis() {
        RedisServer.assumeRunning(redis);
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        // Without redis-server the context still starts (nothing connects before a request); the tests skip.
        registry.add(
                "spring.data.redis.port", () -> redis.map(RedisServer::port).orElseGet(RecordingBackend::closedPort));
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", IDP::issuerUri);
        registry.add("stageflow.routes.lead-service", BACKEND::baseUrl);
        registry.add("stageflow.routes.metrics-service", BACKEND::baseUrl);
    }

    @AfterAll
    static void stopServers() {
        IDP.close();
        redis.ifPresent(RedisServer::close);
    }

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveStringRedisTemplate redisTemplate;

    @Test
    @Order(1)
    void bucketsPerUserAndPerTenantAcrossAllRoutes() {
        String alice = IDP.token("acme", "alice");
        String bob = IDP.token("acme", "bob");

        // Two services, one budget: the user's bucket is not per route.
        call("/api/leads", alice)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-RateLimit-Remaining", "200")
                .expectHeader()
                .valueEquals("X-RateLimit-Tenant-Remaining", "400");
        call("/api/metrics/funnel", alice).expectStatus().isOk();
        call("/api/leads", alice).expectStatus().isOk();

        HttpHeaders refused = Problems.assertTooManyRequests(call("/api/leads", alice));
        assertThat(Problems.asLong(refused, HttpHeaders.RETRY_AFTER)).isBetween(1L, 100L);
        assertThat(Problems.asLong(refused, "X-RateLimit-Remaining")).isLessThan(100);
        assertThat(refused.getFirst("X-RateLimit-Replenish-Rate")).isEqualTo("1");
        assertThat(refused.getFirst("X-RateLimit-Burst-Capacity")).isEqualTo("300");
        assertThat(refused.getFirst("X-RateLimit-Requested-Tokens")).isEqualTo("100");

        call("/api/leads", bob).expectStatus().isOk();
        call("/api/leads", bob).expectStatus().isOk();
        assertThat(Problems.asLong(
                        Problems.assertTooManyRequests(call("/api/leads", bob)), "X-RateLimit-Tenant-Remaining"))
                .isLessThan(100);

        call("/api/leads", IDP.token("globex", "carol")).expectStatus().isOk();

        List<String> keys =
                redisTemplate.keys("request_rate_limiter.*").collectList().block(Duration.ofSeconds(5));
        assertThat(keys)
                .containsExactlyInAnyOrder(
                        "request_rate_limiter.{user.acme/alice}.tokens",
                        "request_rate_limiter.{user.acme/alice}.timestamp",
                        "request_rate_limiter.{user.acme/bob}.tokens",
                        "request_rate_limiter.{user.acme/bob}.timestamp",
                        "request_rate_limiter.{user.globex/carol}.tokens",
                        "request_rate_limiter.{user.globex/carol}.timestamp",
                        "request_rate_limiter.{tenant.acme}.tokens",
                        "request_rate_limiter.{tenant.acme}.timestamp",
                        "request_rate_limiter.{tenant.globex}.tokens",
                        "request_rate_limiter.{tenant.globex}.timestamp");
    }

    @Test
    @Order(2)
    void requestsPassWhenRedisIsGone() {
        RedisServer server = redis.orElseThrow();
        server.close();
        assertThat(server.isRunning()).isFalse();

        long started = System.nanoTime();
        call("/api/leads", IDP.token("acme", "dave"))
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-RateLimit-Remaining", "-1");
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        // Both limiters wait for the configured Redis timeout (500 ms) before letting it through.
        assertThat(waited).isLessThan(Duration.ofSeconds(3));
    }

    private WebTestClient.ResponseSpec call(String path, String token) {
        return Problems.getWithToken(web, path, token);
    }
}
