package io.stageflow.metrics.rebuild;

import java.time.Instant;

/**
 * Where a rebuild of the KPI read model stands.
 *
 * @param state IDLE (none yet), RUNNING, SWITCHING (queries move over), DONE, CANCELLED or FAILED
 * @param eventsDone records of the topics the rebuild has projected
 * @param eventsTotal records in the topics now (they keep growing while commands arrive)
 * @param eventsPerSecond since the rebuild started
 * @param etaSeconds until it catches up at that rate; null before a rate is known
 * @param parked events the rebuild parked, handed to the live dead-letter queue at the switch
 */
public record RebuildStatus(
        String state,
        String processor,
        Instant startedAt,
        Instant finishedAt,
        long eventsDone,
        long eventsTotal,
        double eventsPerSecond,
        Long etaSeconds,
        long parked,
        String message) {

    static RebuildStatus idle() {
        return new RebuildStatus(
                "IDLE", null, null, null, 0, 0, 0, null, 0, "no rebuild has run since this instance started");
    }
}
