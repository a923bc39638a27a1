package io.stageflow.opportunity.messaging;

import io.stageflow.opportunity.pipeline.PipelineCatalog;
import io.stageflow.opportunity.pipeline.command.DefaultPipelines;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.messaging.Message;

/**
 * The Spring Cloud Stream function bound to the lead-events topic (binding {@code leadEvents-in-0}).
 * It reads the raw Kafka record rather than a converted payload: decoding is the contract codec's
 * job, and a record that cannot be decoded must fail inside the function, where the binder's
 * retries and dead-letter topic apply, not in a deserializer where it would block the partition.
 */
@Configuration(proxyBeanMethods = false)
class LeadEventsBinding {
    static final String RAW_RECORD_CONVERTER = "rawRecordConverter";

    @Bean
    ConvertedLeads convertedLeads(
            CommandGateway commands, PipelineCatalog pipelines, DefaultPipelines defaultPipelines) {
        return new ConvertedLeads(commands, pipelines, defaultPipelines);
    }

    @Bean
    Consumer<Message<byte[]>> leadEvents(ConvertedLeads convertedLeads) {
        return message -> convertedLeads.on(rawRecord(message));
    }

    @Bean(RAW_RECORD_CONVERTER)
    RecordMessageConverter rawRecordConverter() {
        MessagingMessageConverter converter = new MessagingMessageConverter();
        converter.setRawRecordHeader(true);
        return converter;
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<?, byte[]> rawRecord(Message<byte[]> message) {
        Object raw = message.getHeaders().get(KafkaHeaders.RAW_DATA);
        if (!(raw instanceof ConsumerRecord<?, ?> record)) {
            throw new IllegalStateException("binding leadEvents-in-0 must use converter-bean-name="
                    + RAW_RECORD_CONVERTER + " so that the raw record reaches the function");
        }
        return (ConsumerRecord<?, byte[]>) record;
    }
}
