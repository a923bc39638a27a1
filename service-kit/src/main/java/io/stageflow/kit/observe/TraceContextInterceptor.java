package io.stageflow.kit.observe;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Stamps each command with the trace context of the span that dispatches it (an HTTP request, or a
 * Kafka record a reaction consumes). Done at dispatch, on the caller's thread, so that it holds
 * whichever bus runs the handler; a command that already carries a context keeps it.
 */
final class TraceContextInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {
    private final Tracer tracer;
    private final Propagator propagator;

    TraceContextInterceptor(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.getMetaData().containsKey(TraceContext.TRACEPARENT)
                ? command
                : command.andMetaData(TraceContext.current(tracer, propagator));
    }
}
