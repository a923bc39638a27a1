package io.stageflow.opportunity.pipeline.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pipeline directory's own pooled streaming processor over the service's event store: it
 * replays from the first event into an empty collection and never waits on the Kafka forwarder.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    ConfigurerModule pipelineDirectoryProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(
                        PipelineDirectory.PROCESSING_GROUP,
                        config -> config.eventStore(),
                        (config, builder) -> builder.batchSize(50).initialSegmentCount(1))
                // A failed write must fail the batch for a retry, never be logged and skipped.
                .registerListenerInvocationErrorHandler(
                        PipelineDirectory.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance()));
    }
}
