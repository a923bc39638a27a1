package io.stageflow.gateway.ratelimit;

import io.stageflow.gateway.ratelimit.RateLimitProperties.Limit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.http.HttpHeaders;

/**
 * Response headers of one limit. The user limit uses Spring Cloud Gateway's names, the tenant
 * limit the same names with {@code Tenant-} after the prefix, so a client sees both budgets
 * instead of two values under one name. A refusal adds {@code Retry-After}.
 */
record LimitHeaders(String remaining, String replenishRate, String burstCapacity, String requestedTokens) {

    static final LimitHeaders USER = new LimitHeaders(
            RedisRateLimiter.REMAINING_HEADER,
            RedisRateLimiter.REPLENISH_RATE_HEADER,
            RedisRateLimiter.BURST_CAPACITY_HEADER,
            RedisRateLimiter.REQUESTED_TOKENS_HEADER);

    static final LimitHeaders TENANT = new LimitHeaders(
            "X-RateLimit-Tenant-Remaining",
            "X-RateLimit-Tenant-Replenish-Rate",
            "X-RateLimit-Tenant-Burst-Capacity",
            "X-RateLimit-Tenant-Requested-Tokens");

    Map<String, String> describe(Limit limit, long remaining) {
        Map<String, String> headers = new HashMap<>();
        headers.put(this.remaining, Long.toString(remaining));
        headers.put(replenishRate, Integer.toString(limit.replenishRate()));
        headers.put(burstCapacity, Integer.toString(limit.burstCapacity()));
        headers.put(requestedTokens, Integer.toString(limit.requestedTokens()));
        return headers;
    }

    /** A refusal gets Retry-After, computed from the tokens the bucket still holds. */
    RateLimiter.Response withRetryAfter(RateLimiter.Response response, Limit limit) {
        if (response.isAllowed()) {
            return response;
        }
        Map<String, String> headers = new HashMap<>(response.getHeaders());
        long left = Long.parseLong(headers.getOrDefault(remaining, "0"));
        headers.put(HttpHeaders.RETRY_AFTER, Long.toString(limit.secondsUntilAffordable(left)));
        return new RateLimiter.Response(false, headers);
    }
}
