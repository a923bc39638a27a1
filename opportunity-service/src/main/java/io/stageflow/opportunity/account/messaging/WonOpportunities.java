package io.stageflow.opportunity.account.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.opportunity.account.command.RecordWin;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every won deal of an account on that account, reading the service's own event store.
 * Redelivery and replay are harmless: the account counts each opportunity once.
 *
 * <p>The command runs on a thread of its own. Dispatched from the processor's thread it would join the
 * batch's unit of work, and its events would be appended in the batch's prepare-commit, after the
 * processor stored its token there (docs/adr/0001): a crash or a concurrent change in between would
 * lose the win. On its own thread the command commits before this handler returns, so the token only
 * ever passes wins that are stored.
 *
 * <p>A win the account cannot take (no such account for the tenant, or dated after it was reported)
 * will not become acceptable on retry: it is logged, counted and passed, never blocking later wins.
 * Anything else fails the batch, which the processor retries.
 */
@ProcessingGroup(WonOpportunities.PROCESSING_GROUP)
class WonOpportunities implements AutoCloseable {
    static final String PROCESSING_GROUP = "account-wins";
    static final String REJECTED_WINS = "stageflow.account.wins.rejected";
    private static final Logger log = LoggerFactory.getLogger(WonOpportunities.class);

    private final CommandGateway commands;
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "account-wins-dispatch");
        thread.setDaemon(true);
        return thread;
    });
    private final Counter unknownAccount;
    private final Counter invalidWin;

    WonOpportunities(CommandGateway commands, MeterRegistry meters) {
        this.commands = commands;
        this.unknownAccount = rejected(meters, "unknown-account");
        this.invalidWin = rejected(meters, "invalid-win");
    }

    @EventHandler
    void on(OpportunityWon won, DomainEventMessage<?> message) throws Exception {
        if (won.accountId() == null) {
            return;
        }
        RecordWin command = new RecordWin(
                won.tenantId(),
                won.accountId(),
                won.opportunityId(),
                won.amount(),
                won.occurredAt(),
                message.getTimestamp(),
                won.source());
        try {
            recordOutsideTheBatch(command);
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            // Incompatible: the id is another aggregate's, which Axon refuses to load as an account.
            unknownAccount.increment();
            log.warn(
                    "Won deal {} of tenant {} names account {}, which the tenant has not: not counted (event {})",
                    won.opportunityId(),
                    won.tenantId(),
                    won.accountId(),
                    message.getIdentifier());
        } catch (InvalidCommand e) {
            invalidWin.increment();
            log.warn(
                    "Won deal {} of tenant {} cannot count for account {}: {} (event {})",
                    won.opportunityId(),
                    won.tenantId(),
                    won.accountId(),
                    e.getMessage(),
                    message.getIdentifier());
        }
    }

    private void recordOutsideTheBatch(RecordWin command) throws Exception {
        Future<Object> result = dispatcher.submit(() -> commands.sendAndWait(command));
        try {
            result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public void close() {
        dispatcher.shutdownNow();
    }

    private static Counter rejected(MeterRegistry meters, String reason) {
        return Counter.builder(REJECTED_WINS)
                .description("Won deals naming an account that could not count them")
                .tag("reason", reason)
                .register(meters);
    }
}
