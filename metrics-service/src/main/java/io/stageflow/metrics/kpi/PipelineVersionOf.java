package io.stageflow.metrics.kpi;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.opportunity.OpportunityOpened;

/** The pipeline version an opportunity follows from its opening on. */
record PipelineVersionOf(String pipelineId, int version) {
    /** An opening from before pipelines follows version 1 of the tenant's default pipeline. */
    static PipelineVersionOf opening(OpportunityOpened opened) {
        PipelineId pipeline =
                opened.pipelineId() == null ? PipelineId.defaultFor(opened.tenantId()) : opened.pipelineId();
        return new PipelineVersionOf(pipeline.value(), opened.pipelineVersion() == null ? 1 : opened.pipelineVersion());
    }
}
