package io.stageflow.gateway.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The two token buckets every routed request draws from: one per user (tenant and subject) and one
 * per tenant. Same meaning as Spring Cloud Gateway's Redis limiter: {@code replenish-rate} tokens
 * per second, at most {@code burst-capacity} saved up, {@code requested-tokens} per request (set it
 * above the rate for limits slower than one request per second). Defaults are in application.yml.
 */
@Validated
@ConfigurationProperties("stageflow.rate-limits")
public record RateLimitProperties(@Valid @NotNull Limit user, @Valid @NotNull Limit tenant) {

    public record Limit(@Positive int replenishRate, @Positive int burstCapacity, @Positive int requestedTokens) {

        @AssertTrue(message = "burst-capacity must be at least replenish-rate and requested-tokens")
        public boolean isBurstLargeEnough() {
            return burstCapacity >= replenishRate && burstCapacity >= requestedTokens;
        }

        /** Whole seconds until a bucket holding {@code remaining} tokens can pay for one request. */
        long secondsUntilAffordable(long remaining) {
            long missing = requestedTokens - Math.max(remaining, 0);
            return Math.max(1, (missing + replenishRate - 1) / replenishRate);
        }
    }
}
