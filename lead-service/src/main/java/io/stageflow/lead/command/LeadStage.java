package io.stageflow.lead.command;

import io.stageflow.kit.domain.InvalidCommand;
import java.util.Arrays;

/** The lead funnel, in order; a lead only moves forward through it. */
public enum LeadStage {
    NEW,
    CONTACTED;

    static LeadStage parse(String name) {
        return Arrays.stream(values())
                .filter(stage -> stage.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidCommand(
                        "stage", "unknown lead stage '" + name + "'; known: " + Arrays.toString(values())));
    }
}
