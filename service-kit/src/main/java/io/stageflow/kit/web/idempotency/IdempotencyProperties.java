package io.stageflow.kit.web.idempotency;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param retention how long a key's first response is replayed
 * @param abandonedAfter when a request holding a key never finished (its process died), another
 *     attempt may take the key over after this long
 */
@Validated
@ConfigurationProperties("stageflow.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") @NotNull Duration retention, @DefaultValue("60s") @NotNull Duration abandonedAfter) {}
