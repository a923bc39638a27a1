package io.stageflow.lead.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.events.Topics;
import io.stageflow.kit.messaging.ConsumedEvents;
import io.stageflow.kit.stream.RawRecords;
import io.stageflow.lead.query.pipelines.KnownPipelineStore;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.messaging.Message;

/**
 * The Spring Cloud Stream function bound to the process-events topic (binding
 * {@code processEvents-in-0}); it takes the raw record, see {@link RawRecords}.
 */
@Configuration(proxyBeanMethods = false)
class ProcessEventsBinding {
    /** The consumer group, as configured for the binding. */
    private static final String CONSUMER = "lead-service";

    private static final String BINDING = "processEvents-in-0";

    @Bean
    DefinedPipelines definedPipelines(KnownPipelineStore store) {
        return new DefinedPipelines(store);
    }

    @Bean
    Consumer<Message<byte[]>> processEvents(DefinedPipelines definedPipelines, MeterRegistry meters) {
        ConsumedEvents consumed = new ConsumedEvents(meters, CONSUMER).expecting(List.of(Topics.PROCESS_EVENTS));
        return RawRecords.function(BINDING, consumed, definedPipelines::on);
    }

    @Bean(RawRecords.CONVERTER)
    RecordMessageConverter rawRecordConverter() {
        return RawRecords.converter();
    }
}
