package io.stageflow.kit.axon;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param trackingLookBack how far behind the newest event a tracking processor re-checks for events
 *     that became visible late. Within one replica events become visible in timestamp order
 *     ({@link AppendOrderedStorageEngine}); this window covers skew and insert latency between
 *     replicas. See docs/adr/0002-mongo-event-store-visibility-order.md.
 */
@Validated
@ConfigurationProperties("stageflow.event-store")
public record EventStoreProperties(@DefaultValue("15s") @NotNull Duration trackingLookBack) {}
