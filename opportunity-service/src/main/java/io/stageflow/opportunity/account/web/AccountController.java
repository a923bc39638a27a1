package io.stageflow.opportunity.account.web;

import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.readmodel.ListPage;
import io.stageflow.kit.security.Access;
import io.stageflow.kit.security.Caller;
import io.stageflow.kit.security.SalesRecordAccess;
import io.stageflow.kit.web.EntityTags;
import io.stageflow.kit.web.OccurredAt;
import io.stageflow.opportunity.account.command.ChurnAccount;
import io.stageflow.opportunity.account.command.CreateAccount;
import io.stageflow.opportunity.account.command.RenewAccount;
import io.stageflow.opportunity.account.query.AccountView;
import io.stageflow.opportunity.account.query.AccountViews;
import io.stageflow.opportunity.account.query.list.AccountListItem;
import io.stageflow.opportunity.account.query.list.AccountLists;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts over HTTP. The tenant comes from the token only; ids and default times are chosen here.
 * Won deals are not posted here: they arrive from the opportunities' own events.
 */
@RestController
@PreAuthorize(Access.SALES)
@RequestMapping("/api/accounts")
class AccountController {
    private final CommandGateway commands;
    private final AccountViews views;
    private final AccountLists lists;
    private final Clock clock;

    AccountController(CommandGateway commands, AccountViews views, AccountLists lists, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.lists = lists;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<AccountCreatedResponse> create(Caller caller, @Valid @RequestBody CreateAccountRequest request) {
        SalesRecordAccess.requireAccountOwner(caller, request.ownerId());
        TenantId tenant = caller.tenant();
        AccountId accountId = AccountId.random();
        long version = commands.sendAndWait(new CreateAccount(
                tenant,
                accountId,
                request.name(),
                request.industry(),
                request.region(),
                request.ownerId(),
                OccurredAt.resolve(request.occurredAt(), clock)));
        return ResponseEntity.created(URI.create("/api/accounts/" + accountId))
                .eTag(EntityTags.of(version))
                .body(new AccountCreatedResponse(accountId, version));
    }

    @PostMapping("/{accountId}/churn")
    ResponseEntity<Void> churn(
            TenantId tenant,
            @PathVariable AccountId accountId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ChurnRequest request) {
        long version = send(
                accountId,
                new ChurnAccount(
                        tenant,
                        accountId,
                        request.reason(),
                        OccurredAt.resolve(request.occurredAt(), clock),
                        EntityTags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().eTag(EntityTags.of(version)).build();
    }

    @PostMapping("/{accountId}/renew")
    ResponseEntity<Void> renew(
            TenantId tenant,
            @PathVariable AccountId accountId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) RenewRequest request) {
        RenewRequest renewal = request == null ? RenewRequest.EMPTY : request;
        long version = send(
                accountId,
                new RenewAccount(
                        tenant,
                        accountId,
                        renewal.amount(),
                        renewal.currency(),
                        renewal.renewedUntil(),
                        OccurredAt.resolve(renewal.occurredAt(), clock),
                        EntityTags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().eTag(EntityTags.of(version)).build();
    }

    @GetMapping("/{accountId}")
    ResponseEntity<AccountView> get(TenantId tenant, @PathVariable AccountId accountId) {
        AccountView account = views.find(tenant, accountId)
                .orElseThrow(() -> new AggregateNotFoundException(accountId.value(), "no account " + accountId));
        return ResponseEntity.ok().eTag(EntityTags.of(account.version())).body(account);
    }

    /**
     * Every aggregate of the service shares the event store's id space, and Axon refuses to load
     * another kind's stream as an account: to the caller that id is no account, like a missing one.
     */
    private long send(AccountId accountId, Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (IncompatibleAggregateException e) {
            throw new AggregateNotFoundException(accountId.value(), "no account " + accountId);
        }
    }

    /** Eventually consistent: the list trails writes by a moment; a read by id never does. */
    @GetMapping
    ListPage<AccountListItem> list(TenantId tenant, AccountListParameters parameters) {
        return lists.find(parameters.toQuery(tenant));
    }
}
