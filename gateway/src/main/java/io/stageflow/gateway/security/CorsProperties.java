package io.stageflow.gateway.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.cors.CorsConfiguration;

/**
 * Browser origins allowed to call the API ({@code stageflow.cors.allowed-origins}, exact origins
 * such as {@code https://app.example.com}). None by default: every cross-origin request and
 * preflight is refused with 403. No credentials mode: the API takes bearer tokens, not cookies.
 */
@ConfigurationProperties("stageflow.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins) {

    CorsConfiguration toConfiguration() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(allowedOrigins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "If-Match"));
        cors.setExposedHeaders(List.of(
                "Location",
                "ETag",
                "Idempotent-Replayed",
                "Retry-After",
                "X-RateLimit-Remaining",
                "X-RateLimit-Replenish-Rate",
                "X-RateLimit-Burst-Capacity",
                "X-RateLimit-Requested-Tokens",
                "X-RateLimit-Tenant-Remaining",
                "X-RateLimit-Tenant-Replenish-Rate",
                "X-RateLimit-Tenant-Burst-Capacity",
                "X-RateLimit-Tenant-Requested-Tokens"));
        cors.setMaxAge(Duration.ofHours(1));
        return cors;
    }
}
