package io.stageflow.metrics.config;

import io.stageflow.events.Topics;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param topics the contract topics the projection reads: leads and opportunities for every journey,
 *     accounts and plan inputs for the unit economics, process definitions for stage probabilities
 *     and rotten-after days
 * @param batchSize events per Axon batch, and so per bulk write: large on purpose, a write per event
 *     is an order of magnitude slower
 * @param bufferCapacity records the fetcher may hold ahead of the processor
 * @param consumerGroup Kafka group id of the projection's consumer (partitions are assigned by the
 *     tracking token, not by the group; the id only names the client to operators)
 * @param pollTimeout how long one Kafka poll waits for records
 * @param zones the time zone of each tenant whose days are not UTC days, e.g. {@code acme:
 *     Europe/Berlin}; fixed for the life of the read models (changing one means a rebuild)
 */
@Validated
@ConfigurationProperties("stageflow.metrics")
public record MetricsProperties(
        @DefaultValue({
                    Topics.LEAD_EVENTS,
                    Topics.OPPORTUNITY_EVENTS,
                    Topics.ACCOUNT_EVENTS,
                    Topics.PLAN_EVENTS,
                    Topics.PROCESS_EVENTS
                })
                @NotEmpty
                List<@NotBlank String> topics,
        @DefaultValue("500") @Min(1) int batchSize,
        @DefaultValue("10000") @Min(1) int bufferCapacity,
        @DefaultValue("stageflow-metrics") @NotBlank String consumerGroup,
        @DefaultValue("500ms") @NotNull Duration pollTimeout,
        @DefaultValue Map<String, ZoneId> zones) {}
