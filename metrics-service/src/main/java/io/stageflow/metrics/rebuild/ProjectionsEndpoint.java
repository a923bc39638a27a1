package io.stageflow.metrics.rebuild;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * The KPI read model's rebuild, for operators on the management port (not the API: a rebuild spans
 * every tenant, and no tenant's admin may start one). {@code GET /actuator/projections} reports it,
 * {@code POST} starts one, {@code DELETE} cancels it. docs/reliability.md
 */
@Component
@Endpoint(id = "projections")
public class ProjectionsEndpoint {
    private final KpiRebuild rebuild;

    public ProjectionsEndpoint(KpiRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @ReadOperation
    public RebuildStatus status() {
        return rebuild.status();
    }

    @WriteOperation
    public RebuildStatus rebuild() {
        return rebuild.start();
    }

    @DeleteOperation
    public RebuildStatus cancel() {
        return rebuild.cancel();
    }
}
