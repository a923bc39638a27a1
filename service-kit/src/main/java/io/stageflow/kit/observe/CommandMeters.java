package io.stageflow.kit.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.MissingInformation;
import io.stageflow.kit.domain.RuleViolation;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.monitoring.MessageMonitor;

/**
 * Times every command on the command bus, tagged by its type and outcome. The bus reports after the
 * unit of work ended, so the time includes appending the events: what a caller waits for. Outcomes
 * follow the HTTP answers of {@code ProblemDetailsAdvice}, so a dashboard can tell a refused command
 * from a failing service.
 */
final class CommandMeters implements MessageMonitor<Message<?>> {
    static final String COMMANDS = "stageflow.commands";

    private final MeterRegistry registry;

    CommandMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        String command = message.getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(registry);
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                stop("success");
            }

            @Override
            public void reportFailure(Throwable cause) {
                stop(outcomeOf(cause));
            }

            @Override
            public void reportIgnored() {
                stop("ignored");
            }

            private void stop(String outcome) {
                sample.stop(Timer.builder(COMMANDS)
                        .description("Commands handled, from dispatch until their events are stored or refused")
                        .tag("command", command)
                        .tag("outcome", outcome)
                        .register(registry));
            }
        };
    }

    static String outcomeOf(Throwable cause) {
        if (cause instanceof InvalidCommand
                || cause instanceof MissingInformation
                || cause instanceof IllegalArgumentException) {
            return "invalid";
        }
        if (cause instanceof RuleViolation) {
            return "refused";
        }
        if (cause instanceof ConcurrencyException) {
            return "conflict";
        }
        if (cause instanceof AggregateNotFoundException || cause instanceof IncompatibleAggregateException) {
            return "not_found";
        }
        return "error";
    }
}
