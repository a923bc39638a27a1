package io.stageflow.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The limiters and keys that application.yml's two default RequestRateLimiter filters name. The
 * user ones are primary because the filter factory also wants one default of each.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfig {

    @Bean
    @Primary
    KeyResolver userKeyResolver() {
        return RateLimitKeys.user();
    }

    @Bean
    KeyResolver tenantKeyResolver() {
        return RateLimitKeys.tenant();
    }

    /** Buckets in this JVM: fine for one gateway, wrong for several replicas. */
    @Configuration(proxyBeanMethods = false)
    @Profile("!prod")
    static class InMemory {

        @Bean
        @Primary
        RateLimiter<?> userRateLimiter(RateLimitProperties limits, ConfigurationService configurationService) {
            return new InMemoryRateLimiter(limits.user(), LimitHeaders.USER, configurationService);
        }

        @Bean
        RateLimiter<?> tenantRateLimiter(RateLimitProperties limits, ConfigurationService configurationService) {
            return new InMemoryRateLimiter(limits.tenant(), LimitHeaders.TENANT, configurationService);
        }
    }

    /** Buckets in Redis, shared by all replicas (spring.data.redis.*). */
    @Configuration(proxyBeanMethods = false)
    @Profile("prod")
    static class Redis {

        @Bean
        @Primary
        RedisBackedRateLimiter userRateLimiter(RateLimitProperties limits) {
            return new RedisBackedRateLimiter("user", limits.user(), LimitHeaders.USER);
        }

        @Bean
        RedisBackedRateLimiter tenantRateLimiter(RateLimitProperties limits) {
            return new RedisBackedRateLimiter("tenant", limits.tenant(), LimitHeaders.TENANT);
        }
    }
}
