package io.stageflow.opportunity.pipeline.command;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.opportunity.pipeline.DefaultPipeline;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Makes sure a tenant's default pipeline is recorded before anything follows it, so that version 1
 * is an event on Kafka like every other version. Creating it is idempotent (a fixed id per tenant,
 * created only if missing), so racing first requests are harmless; tenants known to have it are
 * remembered to spare the command.
 */
@Component
public class DefaultPipelines {
    private final CommandGateway commands;
    private final Clock clock;
    private final Set<TenantId> recorded = ConcurrentHashMap.newKeySet();

    public DefaultPipelines(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** The tenant's default pipeline id, recorded by now. */
    public PipelineId ensure(TenantId tenant) {
        PipelineId id = PipelineId.defaultFor(tenant);
        if (!recorded.contains(tenant)) {
            commands.sendAndWait(new DefinePipeline(tenant, id, DefaultPipeline.DEFINITION, clock.instant(), true));
            recorded.add(tenant);
        }
        return id;
    }
}
