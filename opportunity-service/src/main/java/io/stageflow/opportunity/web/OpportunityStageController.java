package io.stageflow.opportunity.web;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.security.Access;
import io.stageflow.kit.web.EntityTags;
import io.stageflow.kit.web.IfMatch;
import io.stageflow.kit.web.OccurredAt;
import io.stageflow.kit.web.StageCorrectionRequest;
import io.stageflow.opportunity.command.CorrectOpportunityStage;
import io.stageflow.opportunity.command.LoseOpportunity;
import io.stageflow.opportunity.command.MoveOpportunityStage;
import io.stageflow.opportunity.command.ReopenOpportunity;
import io.stageflow.opportunity.command.WinOpportunity;
import jakarta.validation.Valid;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An opportunity's way through its pipeline: stage moves, corrections and outcomes. */
@RestController
@PreAuthorize(Access.SALES)
@RequestMapping("/api/opportunities/{opportunityId}")
class OpportunityStageController {
    private final CommandGateway commands;
    private final Clock clock;

    OpportunityStageController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/stage")
    ResponseEntity<Void> moveStage(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            IfMatch ifMatch,
            @Valid @RequestBody MoveStageRequest request) {
        return EntityTags.changed(commands.sendAndWait(new MoveOpportunityStage(
                tenant,
                opportunityId,
                request.stage(),
                OccurredAt.resolve(request.occurredAt(), clock),
                ifMatch.version())));
    }

    @PostMapping("/stage-corrections")
    ResponseEntity<Void> correctStage(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            IfMatch ifMatch,
            @Valid @RequestBody StageCorrectionRequest request) {
        return EntityTags.changed(commands.sendAndWait(new CorrectOpportunityStage(
                tenant,
                opportunityId,
                request.stage(),
                OccurredAt.resolve(request.occurredAt(), clock),
                request.reason(),
                ifMatch.version())));
    }

    @PostMapping("/win")
    ResponseEntity<Void> win(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            IfMatch ifMatch,
            @Valid @RequestBody(required = false) WinRequest request) {
        WinRequest win = request == null ? WinRequest.EMPTY : request;
        return EntityTags.changed(commands.sendAndWait(new WinOpportunity(
                tenant, opportunityId, win.amount(), OccurredAt.resolve(win.occurredAt(), clock), ifMatch.version())));
    }

    @PostMapping("/lose")
    ResponseEntity<Void> lose(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            IfMatch ifMatch,
            @Valid @RequestBody LoseRequest request) {
        return EntityTags.changed(commands.sendAndWait(new LoseOpportunity(
                tenant,
                opportunityId,
                request.reason(),
                request.competitor(),
                OccurredAt.resolve(request.occurredAt(), clock),
                ifMatch.version())));
    }

    @PostMapping("/reopen")
    ResponseEntity<Void> reopen(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            IfMatch ifMatch,
            @Valid @RequestBody(required = false) ReopenRequest request) {
        ReopenRequest reopen = request == null ? ReopenRequest.EMPTY : request;
        return EntityTags.changed(commands.sendAndWait(new ReopenOpportunity(
                tenant,
                opportunityId,
                reopen.stage(),
                OccurredAt.resolve(reopen.occurredAt(), clock),
                ifMatch.version())));
    }
}
