package io.stageflow.kit.messaging;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param source the CloudEvents {@code source} of everything this service publishes
 * @param batchSize events per batch; one wait for acknowledgements per batch
 * @param ackTimeout how long a batch waits for Kafka before it fails and is retried
 */
@Validated
@ConfigurationProperties("stageflow.forwarder")
public record ForwarderProperties(
        @NotNull URI source,
        @DefaultValue("500") @Min(1) int batchSize,
        @DefaultValue("30s") @NotNull Duration ackTimeout) {}
