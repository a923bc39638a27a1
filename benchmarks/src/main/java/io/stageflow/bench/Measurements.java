package io.stageflow.bench;

import io.stageflow.bench.ingest.BareConsumer;
import io.stageflow.bench.ingest.ScaleOut;
import io.stageflow.bench.ingest.StepResult;
import io.stageflow.bench.load.CommandLoad;
import io.stageflow.bench.load.Freshness;
import io.stageflow.bench.load.GatewayOverhead;
import io.stageflow.bench.query.QueryTiming;
import io.stageflow.bench.replay.Replay;
import java.util.List;

/**
 * Everything one run measured, phase by phase; a phase the run was not asked for ({@code --only}) is
 * null, its queries empty.
 *
 * @param stepA the first tenant, a tenth of the opportunities
 * @param stepB the second, the rest: P1 is measured on it
 * @param scaleOut a third tenant of step B's size (at most 50k opportunities), with two instances
 * @param caughtUpBeforeCommands whether the projection had absorbed P2's background load before P6
 */
public record Measurements(
        StepResult stepA,
        StepResult stepB,
        BareConsumer.Result bare,
        ScaleOut.Result scaleOut,
        List<QueryTiming> queries,
        Replay.Result replay,
        GatewayOverhead.Result gateway,
        Freshness.Result freshness,
        CommandLoad.Result commands,
        boolean caughtUpBeforeCommands) {}
