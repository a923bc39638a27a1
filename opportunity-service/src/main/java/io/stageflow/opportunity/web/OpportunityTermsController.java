package io.stageflow.opportunity.web;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.security.Access;
import io.stageflow.kit.security.Caller;
import io.stageflow.kit.security.SalesRecordAccess;
import io.stageflow.kit.web.EntityTags;
import io.stageflow.kit.web.IfMatch;
import io.stageflow.kit.web.OccurredAt;
import io.stageflow.opportunity.command.ChangeExpectedCloseDate;
import io.stageflow.opportunity.command.ChangeOpportunityAccount;
import io.stageflow.opportunity.command.ChangeOpportunityAmount;
import io.stageflow.opportunity.command.ChangeOpportunityFields;
import io.stageflow.opportunity.command.ReassignOpportunity;
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

/** Changes to an open deal's terms: amount, close date, owner, account and custom fields. */
@RestController
@PreAuthorize(Access.SALES)
@RequestMapping("/api/opportunities/{opportunityId}")
class OpportunityTermsController {
    private final CommandGateway commands;
    private final Clock clock;

    OpportunityTermsController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/amount")
    ResponseEntity<Void> changeAmount(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            IfMatch ifMatch,
            @Valid @RequestBody ChangeAmountRequest request) {
        return EntityTags.changed(commands.sendAndWait(new ChangeOpportunityAmount(
                tenant,
                opportunityId,
                request.amount(),
                request.currency(),
                OccurredAt.resolve(request.occurredAt(), clock),
                ifMatch.version())));
    }

    @PostMapping("/close-date")
    ResponseEntity<Void> changeCloseDate(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            IfMatch ifMatch,
            @Valid @RequestBody ChangeCloseDateRequest request) {
        return EntityTags.changed(commands.sendAndWait(new ChangeExpectedCloseDate(
                tenant,
                opportunityId,
                request.expectedCloseDate(),
                OccurredAt.resolve(request.occurredAt(), clock),
                ifMatch.version())));
    }

    @PostMapping("/reassign")
    ResponseEntity<Void> reassign(
            Caller caller,
            @PathVariable OpportunityId opportunityId,
            IfMatch ifMatch,
            @Valid @RequestBody ReassignRequest request) {
        // Whether the caller sees the deal now is the aggregate's check; whom they may give it to is this.
        SalesRecordAccess.requireAssignable(caller, request.ownerId(), request.teamId());
        TenantId tenant = caller.tenant();
        return EntityTags.changed(commands.sendAndWait(new ReassignOpportunity(
                tenant,
                opportunityId,
                request.ownerId(),
                request.teamId(),
                OccurredAt.resolve(request.occurredAt(), clock),
                ifMatch.version())));
    }

    @PostMapping("/fields")
    ResponseEntity<Void> changeFields(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            IfMatch ifMatch,
            @Valid @RequestBody ChangeFieldsRequest request) {
        return EntityTags.changed(commands.sendAndWait(new ChangeOpportunityFields(
                tenant,
                opportunityId,
                request.fields(),
                OccurredAt.resolve(request.occurredAt(), clock),
                ifMatch.version())));
    }

    @PostMapping("/account")
    ResponseEntity<Void> changeAccount(
            TenantId tenant,
            @PathVariable OpportunityId opportunityId,
            IfMatch ifMatch,
            @Valid @RequestBody ChangeAccountRequest request) {
        return EntityTags.changed(commands.sendAndWait(new ChangeOpportunityAccount(
                tenant,
                opportunityId,
                request.accountId(),
                OccurredAt.resolve(request.occurredAt(), clock),
                ifMatch.version())));
    }
}
