package io.stageflow.lead.messaging;

import io.stageflow.kit.stream.RawRecords;
import io.stageflow.lead.query.pipelines.KnownPipelineStore;
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
    private static final String BINDING = "processEvents-in-0";

    @Bean
    DefinedPipelines definedPipelines(KnownPipelineStore store) {
        return new DefinedPipelines(store);
    }

    @Bean
    Consumer<Message<byte[]>> processEvents(DefinedPipelines definedPipelines) {
        return message -> definedPipelines.on(RawRecords.of(message, BINDING));
    }

    @Bean(RawRecords.CONVERTER)
    RecordMessageConverter rawRecordConverter() {
        return RawRecords.converter();
    }
}
