package io.stageflow.lead.web;

import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.readmodel.ListPage;
import io.stageflow.kit.security.Access;
import io.stageflow.kit.security.Caller;
import io.stageflow.kit.security.SalesRecordAccess;
import io.stageflow.kit.web.EntityTags;
import io.stageflow.kit.web.IfMatch;
import io.stageflow.kit.web.OccurredAt;
import io.stageflow.kit.web.StageCorrectionRequest;
import io.stageflow.lead.command.ConvertLead;
import io.stageflow.lead.command.CorrectLeadStage;
import io.stageflow.lead.command.CreateLead;
import io.stageflow.lead.command.DisqualifyLead;
import io.stageflow.lead.command.Lead;
import io.stageflow.lead.command.MoveLeadStage;
import io.stageflow.lead.command.ReassignLead;
import io.stageflow.lead.command.ReopenLead;
import io.stageflow.lead.query.LeadView;
import io.stageflow.lead.query.LeadViews;
import io.stageflow.lead.query.list.LeadListItem;
import io.stageflow.lead.query.list.LeadLists;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
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

/** Leads over HTTP. The tenant comes from the token only; ids and default times are chosen here. */
@RestController
@RequestMapping("/api/leads")
@PreAuthorize(Access.SALES)
class LeadController {
    private final CommandGateway commands;
    private final LeadViews views;
    private final LeadLists lists;
    private final Clock clock;

    LeadController(CommandGateway commands, LeadViews views, LeadLists lists, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.lists = lists;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<LeadCreatedResponse> create(Caller caller, @Valid @RequestBody CreateLeadRequest request) {
        SalesRecordAccess.requireAssignable(caller, request.ownerId(), request.teamId());
        LeadId leadId = LeadId.random();
        commands.sendAndWait(new CreateLead(
                caller.tenant(),
                leadId,
                request.dimensions(),
                request.campaign(),
                request.contactRole(),
                OccurredAt.resolve(request.occurredAt(), clock)));
        // A constructor handler answers with the id, not a version, so the created version is a constant.
        return ResponseEntity.created(URI.create("/api/leads/" + leadId))
                .eTag(EntityTags.of(Lead.CREATED_VERSION))
                .body(new LeadCreatedResponse(leadId));
    }

    @PostMapping("/{leadId}/stage")
    ResponseEntity<Void> moveStage(
            TenantId tenant,
            @PathVariable LeadId leadId,
            IfMatch ifMatch,
            @Valid @RequestBody MoveStageRequest request) {
        long version = commands.sendAndWait(new MoveLeadStage(
                tenant, leadId, request.stage(), OccurredAt.resolve(request.occurredAt(), clock), ifMatch.version()));
        return EntityTags.changed(version);
    }

    /** A move recorded late; see docs/process.md, "Corrections". */
    @PostMapping("/{leadId}/stage-corrections")
    ResponseEntity<Void> correctStage(
            TenantId tenant,
            @PathVariable LeadId leadId,
            IfMatch ifMatch,
            @Valid @RequestBody StageCorrectionRequest request) {
        long version = commands.sendAndWait(new CorrectLeadStage(
                tenant,
                leadId,
                request.stage(),
                OccurredAt.resolve(request.occurredAt(), clock),
                request.reason(),
                ifMatch.version()));
        return EntityTags.changed(version);
    }

    @PostMapping("/{leadId}/disqualify")
    ResponseEntity<Void> disqualify(
            TenantId tenant,
            @PathVariable LeadId leadId,
            IfMatch ifMatch,
            @Valid @RequestBody DisqualifyRequest request) {
        long version = commands.sendAndWait(new DisqualifyLead(
                tenant, leadId, request.reason(), OccurredAt.resolve(request.occurredAt(), clock), ifMatch.version()));
        return EntityTags.changed(version);
    }

    @PostMapping("/{leadId}/convert")
    ResponseEntity<LeadConvertedResponse> convert(
            TenantId tenant, @PathVariable LeadId leadId, IfMatch ifMatch, @Valid @RequestBody ConvertRequest request) {
        OpportunityId opportunityId = OpportunityId.random();
        long version = commands.sendAndWait(new ConvertLead(
                tenant,
                leadId,
                opportunityId,
                request.amount(),
                request.currency(),
                request.pipelineId(),
                OccurredAt.resolve(request.occurredAt(), clock),
                ifMatch.version()));
        // The opportunity service opens it asynchronously from the LeadConverted event. The ETag is
        // the lead's, the resource this request changed, not the opportunity's.
        return ResponseEntity.created(URI.create("/api/opportunities/" + opportunityId))
                .eTag(EntityTags.of(version))
                .body(new LeadConvertedResponse(opportunityId));
    }

    @PostMapping("/{leadId}/reassign")
    ResponseEntity<Void> reassign(
            Caller caller, @PathVariable LeadId leadId, IfMatch ifMatch, @Valid @RequestBody ReassignRequest request) {
        // Whether the caller sees the lead now is the aggregate's check; whom they may give it to is this.
        SalesRecordAccess.requireAssignable(caller, request.ownerId(), request.teamId());
        TenantId tenant = caller.tenant();
        long version = commands.sendAndWait(new ReassignLead(
                tenant,
                leadId,
                request.ownerId(),
                request.teamId(),
                OccurredAt.resolve(request.occurredAt(), clock),
                ifMatch.version()));
        return EntityTags.changed(version);
    }

    @PostMapping("/{leadId}/reopen")
    ResponseEntity<Void> reopen(
            TenantId tenant,
            @PathVariable LeadId leadId,
            IfMatch ifMatch,
            @RequestBody(required = false) ReopenRequest request) {
        Instant requested = request == null ? null : request.occurredAt();
        long version = commands.sendAndWait(
                new ReopenLead(tenant, leadId, OccurredAt.resolve(requested, clock), ifMatch.version()));
        return EntityTags.changed(version);
    }

    /** Eventually consistent: a change shows up a moment after its 2xx (the GET by id always reflects it). */
    @GetMapping
    ListPage<LeadListItem> list(Caller caller, LeadListParameters parameters) {
        return lists.find(parameters.toQuery(caller));
    }

    @GetMapping("/{leadId}")
    ResponseEntity<LeadView> get(Caller caller, @PathVariable LeadId leadId) {
        LeadView lead = views.find(caller.tenant(), leadId)
                .filter(found -> SalesRecordAccess.sees(
                        caller, found.dimensions().ownerId(), found.dimensions().teamId()))
                .orElseThrow(() -> new AggregateNotFoundException(leadId.value(), "no lead " + leadId));
        return ResponseEntity.ok().eTag(EntityTags.of(lead.version())).body(lead);
    }
}
