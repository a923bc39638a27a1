package io.stageflow.opportunity.pipeline.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.kit.domain.AggregateAccess;
import io.stageflow.kit.domain.BusinessTime;
import io.stageflow.kit.domain.RuleViolation;
import io.stageflow.opportunity.pipeline.PipelineDefinition;
import io.stageflow.opportunity.pipeline.PipelineVersion;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A tenant's pipeline: a sequence of versions, each one {@link PipelineDefined} event. Handlers
 * answer with the pipeline version, which is also its ETag: version n is the aggregate's event n-1,
 * but people count versions from 1.
 */
@Aggregate
public class Pipeline {
    @AggregateIdentifier
    private PipelineId pipelineId;

    private TenantId tenantId;
    private int version;
    private PipelineDefinition definition;
    private Instant lastOccurredAt;

    protected Pipeline() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(DefinePipeline command) {
        if (pipelineId != null) {
            if (command.ifMissing() && tenantId.equals(command.tenantId())) {
                return version;
            }
            throw new RuleViolation("pipeline " + command.pipelineId() + " already exists");
        }
        apply(defined(command.tenantId(), command.pipelineId(), 1, command.definition(), command.occurredAt()));
        return version;
    }

    @CommandHandler
    long handle(RevisePipeline command) {
        AggregateAccess.require(tenantId, command.tenantId(), null, "pipeline", pipelineId.value());
        if (command.expectedVersion() != null && command.expectedVersion() != version) {
            throw new ConflictingAggregateVersionException(pipelineId.value(), command.expectedVersion(), version);
        }
        Instant at = BusinessTime.notBefore(command.occurredAt(), lastOccurredAt, "pipeline");
        if (definition.equals(command.definition())) {
            throw new RuleViolation(
                    "version " + version + " of pipeline " + pipelineId + " is this definition already");
        }
        apply(defined(tenantId, pipelineId, version + 1, command.definition(), at));
        return version;
    }

    private static PipelineDefined defined(
            TenantId tenant, PipelineId id, int version, PipelineDefinition definition, Instant occurredAt) {
        BusinessTime.require(occurredAt);
        return new PipelineDefined(
                tenant,
                id,
                occurredAt,
                version,
                definition.name(),
                definition.stages(),
                definition.qualifyingStage(),
                definition.rottenAfterDays());
    }

    @EventSourcingHandler
    void on(PipelineDefined event) {
        pipelineId = event.pipelineId();
        tenantId = event.tenantId();
        version = event.version();
        definition = PipelineVersion.of(event).definition();
        lastOccurredAt = event.occurredAt();
    }
}
