package io.stageflow.kit.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Command meters and trace propagation through Axon (docs/observability.md): commands are timed on
 * the bus, stamped with the dispatching span's trace context, and their events inherit it.
 */
@AutoConfiguration
public class ObservabilityConfiguration {

    @Bean
    ConfigurerModule commandMeters(MeterRegistry meters) {
        return configurer -> configurer.configureMessageMonitor(
                CommandBus.class, (config, componentType, componentName) -> new CommandMeters(meters));
    }

    /** Axon registers it on the command gateway, which every command here goes through. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> traceContextOnCommands(
            ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceContextInterceptor(
                tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    /** A command's trace context goes to every event it applies. */
    @Bean
    CorrelationDataProvider traceContextOnEvents() {
        return new SimpleCorrelationDataProvider(TraceContext.KEYS.toArray(String[]::new));
    }

    /** Axon's default provider, which it drops as soon as any other provider is a bean. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
