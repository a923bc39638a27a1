package io.stageflow.kit.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.stageflow.kit.domain.RuleViolation;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class CommandMetersTest {
    record MoveThing(String id) {}

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CommandMeters meters = new CommandMeters(registry);

    @Test
    void timesEachCommandByTypeAndTellsARefusalFromAFailure() {
        meters.onMessageIngested(GenericCommandMessage.asCommandMessage(new MoveThing("1")))
                .reportSuccess();
        meters.onMessageIngested(GenericCommandMessage.asCommandMessage(new MoveThing("2")))
                .reportFailure(new RuleViolation("already won"));
        meters.onMessageIngested(GenericCommandMessage.asCommandMessage(new MoveThing("3")))
                .reportFailure(new ConcurrencyException("appended meanwhile"));
        meters.onMessageIngested(GenericCommandMessage.asCommandMessage(new MoveThing("4")))
                .reportFailure(new IllegalStateException("store away"));

        for (String outcome : new String[] {"success", "refused", "conflict", "error"}) {
            assertThat(registry.get("stageflow.commands")
                            .tags("command", "MoveThing", "outcome", outcome)
                            .timer()
                            .count())
                    .as(outcome)
                    .isEqualTo(1);
        }
    }
}
