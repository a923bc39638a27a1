package io.stageflow.kit.reasons;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * Reason lists in a service that owns some ({@code stageflow.reasons.kinds}); off otherwise. The
 * aggregate is imported as a bean definition, which is how Axon's Spring configuration finds an
 * {@code @Aggregate} outside the service's own packages.
 */
@AutoConfiguration
@Conditional(OnReasonKinds.class)
@EnableConfigurationProperties(ReasonListProperties.class)
@Import({ReasonList.class, ReasonListController.class})
public class ReasonListConfiguration {

    @Bean
    StoredReasonLists storedReasonLists(EventStore eventStore) {
        return new StoredReasonLists(eventStore);
    }
}
