package io.stageflow.opportunity.web;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.web.EntityTags;
import io.stageflow.kit.web.OccurredAt;
import io.stageflow.opportunity.command.ChangeExpectedCloseDate;
import io.stageflow.opportunity.command.ChangeOpportunityAmount;
import io.stageflow.opportunity.command.LoseOpportunity;
import io.stageflow.opportunity.command.MoveOpportunityStage;
import io.stageflow.opportunity.command.OpenOpportunity;
import io.stageflow.opportunity.command.ReassignOpportunity;
import io.stageflow.opportunity.command.WinOpportunity;
import io.stageflow.opportunity.query.OpportunityView;
import io.stageflow.opportunity.query.OpportunityViews;
import io.stageflow.opportunity.query.list.OpportunityListPage;
import io.stageflow.opportunity.query.list.OpportunityLists;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opportunities over HTTP. The tenant comes from the token only; ids and default times are chosen here. */
@RestController
@RequestMapping("/api/opportunities")
class OpportunityController {
    private final CommandGateway commands;
    private final OpportunityViews views;
    private final OpportunityLists lists;
    private final Clock clock;

    OpportunityController(CommandGateway commands, OpportunityViews views, OpportunityLists lists, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.lists = lists;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<OpportunityOpenedResponse> open(
            TenantId tenant, @Valid @RequestBody OpenOpportunityRequest request) {
        OpportunityId opportunityId = OpportunityId.random();
        long version = commands.sendAndWait(new OpenOpportunity(
                tenant,
                opportunityId,
                request.leadId(),
                request.amount(),
                request.currency(),
                request.dimensions(),
                OccurredAt.resolve(request.occurredAt(), clock),
                request.expectedCloseDate()));
        return ResponseEntity.created(URI.create("/api/opportunities/" + opportunityId))
                .eTag(EntityTags.of(version))
                .body(new OpportunityOpenedResponse(opportunityId));
    }

    @PostMapping("/{opportunityId}/stage")
    ResponseEntity<Void> moveStage(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MoveStageRequest request) {
        long version = commands.sendAndWait(new MoveOpportunityStage(
                tenant,
                opportunityId,
                request.stage(),
                OccurredAt.resolve(request.occurredAt(), clock),
                EntityTags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().eTag(EntityTags.of(version)).build();
    }

    @PostMapping("/{opportunityId}/win")
    ResponseEntity<Void> win(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) WinRequest request) {
        WinRequest win = request == null ? WinRequest.EMPTY : request;
        long version = commands.sendAndWait(new WinOpportunity(
                tenant,
                opportunityId,
                win.amount(),
                OccurredAt.resolve(win.occurredAt(), clock),
                EntityTags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().eTag(EntityTags.of(version)).build();
    }

    @PostMapping("/{opportunityId}/lose")
    ResponseEntity<Void> lose(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody LoseRequest request) {
        long version = commands.sendAndWait(new LoseOpportunity(
                tenant,
                opportunityId,
                request.reason(),
                request.competitor(),
                OccurredAt.resolve(request.occurredAt(), clock),
                EntityTags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().eTag(EntityTags.of(version)).build();
    }

    @PostMapping("/{opportunityId}/amount")
    ResponseEntity<Void> changeAmount(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ChangeAmountRequest request) {
        long version = commands.sendAndWait(new ChangeOpportunityAmount(
                tenant,
                opportunityId,
                request.amount(),
                request.currency(),
                OccurredAt.resolve(request.occurredAt(), clock),
                EntityTags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().eTag(EntityTags.of(version)).build();
    }

    @PostMapping("/{opportunityId}/close-date")
    ResponseEntity<Void> changeCloseDate(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ChangeCloseDateRequest request) {
        long version = commands.sendAndWait(new ChangeExpectedCloseDate(
                tenant,
                opportunityId,
                request.expectedCloseDate(),
                OccurredAt.resolve(request.occurredAt(), clock),
                EntityTags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().eTag(EntityTags.of(version)).build();
    }

    @PostMapping("/{opportunityId}/reassign")
    ResponseEntity<Void> reassign(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReassignRequest request) {
        long version = commands.sendAndWait(new ReassignOpportunity(
                tenant,
                opportunityId,
                request.ownerId(),
                request.teamId(),
                OccurredAt.resolve(request.occurredAt(), clock),
                EntityTags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().eTag(EntityTags.of(version)).build();
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
