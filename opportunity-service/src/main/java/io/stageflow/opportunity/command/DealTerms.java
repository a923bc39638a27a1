package io.stageflow.opportunity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.stageflow.events.Money;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.opportunity.OpportunityAccountChanged;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityFieldsChanged;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import io.stageflow.opportunity.account.AccountDirectory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The terms of an open deal: amount, expected close date, owner and team, account and custom
 * fields, an entity of its {@link Opportunity}. Each change is accepted only while the opportunity
 * is open, in business-time order, and only if it changes something; what entry criteria can ask
 * for is {@link #present()}.
 */
class DealTerms {
    private final Opportunity opportunity;
    private Money amount;
    private LocalDate expectedCloseDate;
    private AccountId accountId;
    private Map<String, String> fields = Map.of();
    private String ownerId;
    private String teamId;

    DealTerms(Opportunity opportunity, OpportunityOpened opened) {
        this.opportunity = opportunity;
        this.amount = opened.amount();
        this.expectedCloseDate = opened.expectedCloseDate();
        this.accountId = opened.accountId();
        this.ownerId = opened.dimensions().ownerId();
        this.teamId = opened.dimensions().teamId();
    }

    String ownerId() {
        return ownerId;
    }

    String teamId() {
        return teamId;
    }

    @CommandHandler
    long handle(ChangeOpportunityAmount command) {
        opportunity.access(command.tenantId(), command.expectedVersion());
        Money to = FieldChanges.amount(amount, command.amount(), command.currency());
        Instant at = opportunity.requireOpen(command.occurredAt());
        FieldChanges.requireAmountChange(amount, to);
        apply(new OpportunityAmountChanged(command.tenantId(), command.opportunityId(), at, amount, to));
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeExpectedCloseDate command) {
        opportunity.access(command.tenantId(), command.expectedVersion());
        LocalDate to = FieldChanges.closeDate(command.expectedCloseDate());
        Instant at = opportunity.requireOpen(command.occurredAt());
        FieldChanges.requireCloseDateChange(expectedCloseDate, to);
        apply(new OpportunityCloseDateChanged(command.tenantId(), command.opportunityId(), at, expectedCloseDate, to));
        return getVersion();
    }

    @CommandHandler
    long handle(ReassignOpportunity command) {
        opportunity.access(command.tenantId(), command.expectedVersion());
        String owner = FieldChanges.text("ownerId", command.ownerId());
        String team = FieldChanges.text("teamId", command.teamId());
        Instant at = opportunity.requireOpen(command.occurredAt());
        FieldChanges.requireOwnerChange(ownerId, teamId, owner, team);
        apply(new OpportunityReassigned(command.tenantId(), command.opportunityId(), at, ownerId, teamId, owner, team));
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeOpportunityFields command) {
        opportunity.access(command.tenantId(), command.expectedVersion());
        CustomFields.Change change = CustomFields.change(fields, command.fields(), false);
        Instant at = opportunity.requireOpen(command.occurredAt());
        apply(new OpportunityFieldsChanged(
                command.tenantId(), command.opportunityId(), at, change.set(), change.cleared()));
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeOpportunityAccount command, AccountDirectory accounts) {
        opportunity.access(command.tenantId(), command.expectedVersion());
        if (command.accountId() == null || !accounts.exists(command.tenantId(), command.accountId())) {
            throw new InvalidCommand("accountId", "no account " + command.accountId() + " for this tenant");
        }
        Instant at = opportunity.requireOpen(command.occurredAt());
        if (command.accountId().equals(accountId)) {
            throw new RuleViolation("the opportunity belongs to account " + accountId + " already");
        }
        apply(new OpportunityAccountChanged(
                command.tenantId(), command.opportunityId(), at, accountId, command.accountId()));
        return getVersion();
    }

    /** The amount a win records: the one given, in the deal's currency, or the current one. */
    Money finalAmount(BigDecimal given) {
        return given == null ? amount : Amounts.of(given, amount.currency());
    }

    AccountId accountId() {
        return accountId;
    }

    Set<String> present() {
        return present(fields, expectedCloseDate, accountId);
    }

    /** The fields that have a value: custom ones, the amount (always) and the optional built-ins. */
    static Set<String> present(Map<String, String> custom, LocalDate closeDate, AccountId account) {
        Set<String> present = new HashSet<>(custom.keySet());
        present.add("amount");
        if (closeDate != null) {
            present.add("expectedCloseDate");
        }
        if (account != null) {
            present.add("accountId");
        }
        return present;
    }

    @EventSourcingHandler
    void on(OpportunityAmountChanged event) {
        amount = event.to();
        opportunity.changedAt(event.occurredAt());
    }

    @EventSourcingHandler
    void on(OpportunityCloseDateChanged event) {
        expectedCloseDate = event.toDate();
        opportunity.changedAt(event.occurredAt());
    }

    @EventSourcingHandler
    void on(OpportunityReassigned event) {
        ownerId = event.ownerId();
        teamId = event.teamId();
        opportunity.changedAt(event.occurredAt());
    }

    @EventSourcingHandler
    void on(OpportunityFieldsChanged event) {
        fields = CustomFields.after(fields, new CustomFields.Change(event.set(), event.cleared()));
        opportunity.changedAt(event.occurredAt());
    }

    @EventSourcingHandler
    void on(OpportunityAccountChanged event) {
        accountId = event.to();
        opportunity.changedAt(event.occurredAt());
    }

    /** A win's amount is the deal's final amount. */
    @EventSourcingHandler
    void on(OpportunityWon event) {
        amount = event.amount();
    }
}
