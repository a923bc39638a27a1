package io.stageflow.kit.plan;

import io.stageflow.events.Money;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * What setting a figure came to: its version after the command (the ETag), whether this command
 * created it (201 rather than 200) and the amount it now has.
 */
public record PlanOutcome(long version, boolean created, Money amount) {

    /** Called at the end of a handler, once whatever it recorded has been applied to {@code figure}. */
    public static PlanOutcome after(boolean recorded, PlanFigure figure) {
        long version = AggregateLifecycle.getVersion();
        return new PlanOutcome(version, recorded && version == 0, figure.amount());
    }
}
