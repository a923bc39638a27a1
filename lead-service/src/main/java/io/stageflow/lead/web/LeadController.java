package io.stageflow.lead.web;

import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.web.OccurredAt;
import io.stageflow.lead.command.ConvertLead;
import io.stageflow.lead.command.CreateLead;
import io.stageflow.lead.command.DisqualifyLead;
import io.stageflow.lead.command.MoveLeadStage;
import io.stageflow.lead.query.LeadView;
import io.stageflow.lead.query.LeadViews;
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

/** Leads over HTTP. The tenant comes from the token only; ids and default times are chosen here. */
@RestController
@RequestMapping("/api/leads")
class LeadController {
    private final CommandGateway commands;
    private final LeadViews views;
    private final Clock clock;

    LeadController(CommandGateway commands, LeadViews views, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<LeadCreatedResponse> create(TenantId tenant, @Valid @RequestBody CreateLeadRequest request) {
        LeadId leadId = LeadId.random();
        commands.sendAndWait(
                new CreateLead(tenant, leadId, request.dimensions(), OccurredAt.resolve(request.occurredAt(), clock)));
        return ResponseEntity.created(URI.create("/api/leads/" + leadId)).body(new LeadCreatedResponse(leadId));
    }

    @PostMapping("/{leadId}/stage")
    ResponseEntity<Void> moveStage(
            TenantId tenant, @PathVariable LeadId leadId, @Valid @RequestBody MoveStageRequest request) {
        commands.sendAndWait(
                new MoveLeadStage(tenant, leadId, request.stage(), OccurredAt.resolve(request.occurredAt(), clock)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{leadId}/disqualify")
    ResponseEntity<Void> disqualify(
            TenantId tenant, @PathVariable LeadId leadId, @Valid @RequestBody DisqualifyRequest request) {
        commands.sendAndWait(
                new DisqualifyLead(tenant, leadId, request.reason(), OccurredAt.resolve(request.occurredAt(), clock)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{leadId}/convert")
    ResponseEntity<LeadConvertedResponse> convert(
            TenantId tenant, @PathVariable LeadId leadId, @Valid @RequestBody ConvertRequest request) {
        OpportunityId opportunityId = OpportunityId.random();
        commands.sendAndWait(new ConvertLead(
                tenant,
                leadId,
                opportunityId,
                request.amount(),
                request.currency(),
                OccurredAt.resolve(request.occurredAt(), clock)));
        // The opportunity service opens it asynchronously from the LeadConverted event.
        return ResponseEntity.created(URI.create("/api/opportunities/" + opportunityId))
                .body(new LeadConvertedResponse(opportunityId));
    }

    @GetMapping("/{leadId}")
    LeadView get(TenantId tenant, @PathVariable LeadId leadId) {
        return views.find(tenant, leadId)
                .orElseThrow(() -> new AggregateNotFoundException(leadId.value(), "no lead " + leadId));
    }
}
