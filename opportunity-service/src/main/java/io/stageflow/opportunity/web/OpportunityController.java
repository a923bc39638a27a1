package io.stageflow.opportunity.web;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.web.EntityTags;
import io.stageflow.kit.web.OccurredAt;
import io.stageflow.opportunity.command.OpenOpportunity;
import io.stageflow.opportunity.pipeline.command.DefaultPipelines;
import io.stageflow.opportunity.query.OpportunityView;
import io.stageflow.opportunity.query.OpportunityViews;
import io.stageflow.opportunity.query.list.OpportunityListPage;
import io.stageflow.opportunity.query.list.OpportunityLists;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opening and reading opportunities. The tenant comes from the token only; ids and default times are
 * chosen here. Changes to an opportunity are {@link OpportunityStageController}'s and {@link
 * OpportunityTermsController}'s.
 */
@RestController
@RequestMapping("/api/opportunities")
class OpportunityController {
    private final CommandGateway commands;
    private final OpportunityViews views;
    private final OpportunityLists lists;
    private final DefaultPipelines defaultPipelines;
    private final Clock clock;

    OpportunityController(
            CommandGateway commands,
            OpportunityViews views,
            OpportunityLists lists,
            DefaultPipelines defaultPipelines,
            Clock clock) {
        this.commands = commands;
        this.views = views;
        this.lists = lists;
        this.defaultPipelines = defaultPipelines;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<OpportunityOpenedResponse> open(
            TenantId tenant, @Valid @RequestBody OpenOpportunityRequest request) {
        OpportunityId opportunityId = OpportunityId.random();
        PipelineId pipeline = request.pipelineId() != null ? request.pipelineId() : defaultPipelines.ensure(tenant);
        long version = commands.sendAndWait(new OpenOpportunity(
                tenant,
                opportunityId,
                request.leadId(),
                request.amount(),
                request.currency(),
                request.dimensions(),
                OccurredAt.resolve(request.occurredAt(), clock),
                request.expectedCloseDate(),
                pipeline,
                request.accountId(),
                request.fields()));
        return ResponseEntity.created(URI.create("/api/opportunities/" + opportunityId))
                .eTag(EntityTags.of(version))
                .body(new OpportunityOpenedResponse(opportunityId));
    }

    @GetMapping("/{opportunityId}")
    ResponseEntity<OpportunityView> get(TenantId tenant, @PathVariable OpportunityId opportunityId) {
        OpportunityView opportunity = views.find(tenant, opportunityId)
                .orElseThrow(
                        () -> new AggregateNotFoundException(opportunityId.value(), "no opportunity " + opportunityId));
        return ResponseEntity.ok().eTag(EntityTags.of(opportunity.version())).body(opportunity);
    }

    /** Eventually consistent: the list trails writes by a moment; a read by id never does. */
    @GetMapping
    OpportunityListPage list(TenantId tenant, ListParameters parameters) {
        return lists.find(parameters.toQuery(tenant));
    }
}
