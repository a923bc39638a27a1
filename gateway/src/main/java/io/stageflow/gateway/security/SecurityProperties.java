package io.stageflow.gateway.security;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token settings of the local profile: what the dev token endpoint puts into tokens and what the
 * gateway's in-memory decoder demands. Outside the local profile tokens are validated by the
 * standard {@code spring.security.oauth2.resourceserver.jwt.*} properties; application.yml feeds
 * {@code audience} into {@code ...jwt.audiences} so both profiles demand the same audience.
 */
@Validated
@ConfigurationProperties("stageflow.security")
public record SecurityProperties(
        @NotBlank @DefaultValue("http://localhost:8080") String issuer,
        @NotBlank @DefaultValue("stageflow") String audience,
        @DurationMin(seconds = 1) @DurationMax(hours = 24) @DefaultValue("1h") Duration tokenLifetime) {}
