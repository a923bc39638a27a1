package io.stageflow.gateway.routing;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Base URIs of the services behind the gateway. The route definitions in application.yml read
 * the same keys; binding them here makes a missing or malformed URI fail the start-up instead of
 * the first request.
 */
@Validated
@ConfigurationProperties("stageflow.routes")
public record RouteProperties(@NotNull URI leadService, @NotNull URI opportunityService, @NotNull URI metricsService) {}
