package io.stageflow.metrics.projection;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline in order; a stage's rank is its position. WON lies past every open stage, so a won
 * journey counts as having reached all of them. Stage names are free text in the contract; names
 * outside this pipeline cannot be ranked and are left out of the metrics.
 */
public enum Stage {
    NEW,
    CONTACTED,
    NEEDS_ANALYSIS,
    PROPOSAL,
    QUOTE,
    NEGOTIATION,
    WON;

    /** The stages a journey can be in (and leave) before it is won. */
    public static final List<Stage> OPEN = List.of(NEW, CONTACTED, NEEDS_ANALYSIS, PROPOSAL, QUOTE, NEGOTIATION);

    public int rank() {
        return ordinal();
    }

    /** The pipeline stage an event names, if it names one. */
    public static Optional<Stage> known(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    /** A stage a client asked for; an unknown name is the client's mistake. */
    public static Stage parse(String name) {
        return known(name.strip())
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown stage '" + name + "'; known: " + Arrays.toString(values())));
    }
}
