package io.stageflow.events.process;

import io.stageflow.events.ProcessEvent;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * Version {@code version} of a pipeline: version 1 creates it, every later one revises it. A version
 * never changes once defined; an opportunity follows the version it was opened on. An opportunity
 * becomes qualified when it enters {@code qualifyingStage} (or a later stage) with its criteria met;
 * it is rotten after {@code rottenAfterDays} in one stage (null: never).
 */
public record PipelineDefined(
        TenantId tenantId,
        PipelineId pipelineId,
        Instant occurredAt,
        int version,
        String name,
        List<PipelineStage> stages,
        String qualifyingStage,
        Integer rottenAfterDays)
        implements ProcessEvent {

    public PipelineDefined {
        stages = List.copyOf(stages);
    }

    @Override
    public String aggregateId() {
        return pipelineId.value();
    }
}
