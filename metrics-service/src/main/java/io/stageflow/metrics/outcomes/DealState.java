package io.stageflow.metrics.outcomes;

import io.stageflow.metrics.cube.Slice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the outcome facts need to remember of one opportunity: how far its events were applied
 * ({@code sequence}), the slices it counts in now, whether it is closed, and its standing loss, which
 * a reopen withdraws from the day and slices it was counted in. Written only by the opportunity
 * topic's reader, so it has one writer (ADR 0005).
 */
final class DealState {
    static final long NOTHING_APPLIED = -1;

    final String tenant;
    final String opportunityId;
    /** The sequence of the last event applied as the store holds it; the write is conditional on it. */
    final long storedSequence;

    long sequence;
    final List<Slice> slices = new ArrayList<>();
    boolean open = true;
    Loss loss;

    DealState(String tenant, String opportunityId, long storedSequence) {
        this.tenant = tenant;
        this.opportunityId = opportunityId;
        this.storedSequence = storedSequence;
        this.sequence = storedSequence;
    }

    boolean changed() {
        return sequence != storedSequence;
    }

    /** A loss as counted: withdrawing it subtracts exactly what was added. */
    record Loss(LocalDate day, String fromStage, String reason, String competitor, List<Slice> slices) {}
}
