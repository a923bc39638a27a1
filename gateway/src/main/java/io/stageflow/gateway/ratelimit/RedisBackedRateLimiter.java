package io.stageflow.gateway.ratelimit;

import io.stageflow.gateway.ratelimit.RateLimitProperties.Limit;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's Redis limiter with buckets shared by every gateway replica. Its keys
 * normally include the route id, which would give a user one budget per service; this one passes
 * a fixed scope instead, so the Redis keys are {@code request_rate_limiter.{<scope>.<key>}.tokens}
 * and {@code .timestamp}, one bucket per user or tenant for the whole API.
 */
class RedisBackedRateLimiter extends RedisRateLimiter {

    private final String scope;
    private final Limit limit;
    private final LimitHeaders headers;

    RedisBackedRateLimiter(String scope, Limit limit, LimitHeaders headers) {
        super(limit.replenishRate(), limit.burstCapacity(), limit.requestedTokens());
        this.scope = scope;
        this.limit = limit;
        this.headers = headers;
        setRemainingHeader(headers.remaining());
        setReplenishRateHeader(headers.replenishRate());
        setBurstCapacityHeader(headers.burstCapacity());
        setRequestedTokensHeader(headers.requestedTokens());
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        return super.isAllowed(scope, id).map(response -> headers.withRetryAfter(response, limit));
    }
}
