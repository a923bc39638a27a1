package io.stageflow.platform.demo;

import java.time.Instant;
import java.util.Map;

/**
 * One lead's scripted path through the funnel, with business times back-dated into the demo
 * quarter. A null time means the journey never gets there.
 */
public record DemoJourney(
        int index,
        Map<String, Object> dimensions,
        Instant created,
        Instant contacted,
        Instant disqualified,
        Instant converted,
        long amount,
        Instant proposal,
        Instant won,
        Instant lost,
        String lossReason,
        String competitor) {

    public boolean isWon() {
        return won != null;
    }
}
