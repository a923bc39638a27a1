package io.stageflow.opportunity.account.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.kit.readmodel.ProcessorBatches;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reaction of accounts to won deals: a pooled streaming processor of its own over the service's
 * event store, with its own token, so that it starts from the first event and neither waits on nor
 * holds up the Kafka forwarder or the read models. A failure it does not pass on purpose fails the
 * batch, which is retried, never logged and skipped.
 */
@Configuration(proxyBeanMethods = false)
class AccountWinsConfiguration {
    // A retried batch re-sends its commands, which the accounts absorb; larger batches store fewer tokens.
    private static final int BATCH_SIZE = 100;

    @Bean(destroyMethod = "close")
    WonOpportunities wonOpportunities(CommandGateway commands, MeterRegistry meters) {
        return new WonOpportunities(commands, meters);
    }

    @Bean
    ConfigurerModule accountWinsProcessor() {
        return ProcessorBatches.processor(WonOpportunities.PROCESSING_GROUP, BATCH_SIZE);
    }
}
