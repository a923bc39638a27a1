package io.stageflow.metrics.kpi;

import java.util.Comparator;

/** One version of one of a tenant's pipelines, as an answer names the definitions it used. */
public record PipelineRef(String pipelineId, int version) {
    static final Comparator<PipelineRef> ORDER =
            Comparator.comparing(PipelineRef::pipelineId).thenComparingInt(PipelineRef::version);
}
