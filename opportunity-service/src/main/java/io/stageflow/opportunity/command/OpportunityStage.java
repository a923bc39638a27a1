package io.stageflow.opportunity.command;

import io.stageflow.kit.domain.InvalidCommand;
import java.util.Arrays;

/**
 * The default pipeline, in order. Won and lost are outcomes with commands of their own, not stages
 * to move to, so they are not listed here.
 */
public enum OpportunityStage {
    NEEDS_ANALYSIS,
    PROPOSAL,
    QUOTE,
    NEGOTIATION;

    static OpportunityStage parse(String name) {
        return Arrays.stream(values())
                .filter(stage -> stage.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidCommand("unknown opportunity stage '" + name + "'; known: "
                        + Arrays.toString(values()) + " (win and lose have their own requests)"));
    }
}
