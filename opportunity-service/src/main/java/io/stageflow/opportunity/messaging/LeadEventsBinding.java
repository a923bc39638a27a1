package io.stageflow.opportunity.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.events.Topics;
import io.stageflow.kit.messaging.ConsumedEvents;
import io.stageflow.kit.stream.RawRecords;
import io.stageflow.opportunity.pipeline.PipelineCatalog;
import io.stageflow.opportunity.pipeline.command.DefaultPipelines;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.messaging.Message;

/**
 * The Spring Cloud Stream function bound to the lead-events topic (binding {@code leadEvents-in-0});
 * it takes the raw record, see {@link RawRecords}.
 */
@Configuration(proxyBeanMethods = false)
class LeadEventsBinding {
    /** The consumer group, as configured for the binding. */
    private static final String CONSUMER = "opportunity-service";

    private static final String BINDING = "leadEvents-in-0";

    @Bean
    ConvertedLeads convertedLeads(
            CommandGateway commands, PipelineCatalog pipelines, DefaultPipelines defaultPipelines) {
        return new ConvertedLeads(commands, pipelines, defaultPipelines);
    }

    @Bean
    Consumer<Message<byte[]>> leadEvents(ConvertedLeads convertedLeads, MeterRegistry meters) {
        ConsumedEvents consumed = new ConsumedEvents(meters, CONSUMER).expecting(List.of(Topics.LEAD_EVENTS));
        return RawRecords.function(BINDING, consumed, convertedLeads::on);
    }

    @Bean(RawRecords.CONVERTER)
    RecordMessageConverter rawRecordConverter() {
        return RawRecords.converter();
    }
}
