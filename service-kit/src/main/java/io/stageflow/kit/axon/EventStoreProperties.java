package io.stageflow.kit.axon;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param trackingLookBack how far behind the newest event a tracking processor re-checks for events
 *     that became visible late. axon-mongo tracks by timestamp; an event stamped more than this
 *     before its insert became visible is skipped. Axon's default of 1 s loses events on a busy
 *     machine (measured here: 7 of 1000 leads on a cold start); see docs/adr/0002.
 */
@Validated
@ConfigurationProperties("stageflow.event-store")
public record EventStoreProperties(@DefaultValue("15s") @NotNull Duration trackingLookBack) {}
