package io.stageflow.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.stageflow.gateway.ratelimit.RateLimitProperties.Limit;
import java.time.Duration;
import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.Bucket4jRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's Bucket4j limiter over buckets in this JVM (Caffeine), for the local and
 * default profiles: one bucket per key, shared by all routes, greedy refill. A bucket is dropped
 * once it has refilled, so memory follows the users active in the last seconds.
 */
class InMemoryRateLimiter extends Bucket4jRateLimiter {

    private static final long MAX_BUCKETS = 100_000;

    private final Limit limit;
    private final LimitHeaders headers;
    private final Config config;

    InMemoryRateLimiter(Limit limit, LimitHeaders headers, ConfigurationService configurationService) {
        super(
                Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(MAX_BUCKETS))
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofSeconds(1)))
                        .build()
                        .asAsync(),
                configurationService);
        this.limit = limit;
        this.headers = headers;
        this.config = new Config()
                .setCapacity(limit.burstCapacity())
                .setRefillTokens((long) limit.replenishRate())
                .setRefillPeriod(Duration.ofSeconds(1))
                .setRequestedTokens(limit.requestedTokens());
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        return super.isAllowed(routeId, id).map(response -> headers.withRetryAfter(response, limit));
    }

    @Override
    protected Config loadRouteConfiguration(String routeId) {
        return config;
    }

    @Override
    public Map<String, String> getHeaders(Config ignored, Long tokensLeft) {
        return headers.describe(limit, tokensLeft);
    }
}
