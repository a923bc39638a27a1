package io.stageflow.opportunity.web;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.security.Access;
import io.stageflow.kit.security.Caller;
import io.stageflow.kit.security.SalesRecordAccess;
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
import org.springframework.security.access.prepost.PreAuthorize;
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
@PreAuthorize(Access.SALES)
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
    ResponseEntity<OpportunityOpenedResponse> open(Caller caller, @Valid @RequestBody OpenOpportunityRequest request) {
        SalesRecordAccess.requireAssignable(caller, request.ownerId(), request.teamId());
        TenantId tenant = caller.tenant();
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
    ResponseEntity<OpportunityView> get(Caller caller, @PathVariable OpportunityId opportunityId) {
        OpportunityView opportunity = views.find(caller.tenant(), opportunityId)
                .filter(found -> SalesRecordAccess.sees(
                        caller, found.dimensions().ownerId(), found.dimensions().teamId()))
                .orElseThrow(
                        () -> new AggregateNotFoundException(opportunityId.value(), "no opportunity " + opportunityId));
        return ResponseEntity.ok().eTag(EntityTags.of(opportunity.version())).body(opportunity);
    }

    /** Eventually consistent: the list trails writes by a moment; a read by id never does. */
    @GetMapping
    OpportunityListPage list(Caller caller, ListParameters parameters) {
        return lists.find(parameters.toQuery(caller));
    }
}
