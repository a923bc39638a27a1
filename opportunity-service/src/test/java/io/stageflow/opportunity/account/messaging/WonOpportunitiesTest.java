package io.stageflow.opportunity.account.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.stageflow.events.Money;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.opportunity.account.command.RecordWin;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reaction as a plain object, run inside a batch the way the pooled processor runs it. */
class WonOpportunitiesTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final OpportunityId DEAL = new OpportunityId("opp-1");
    private static final Money AMOUNT = new Money(new BigDecimal("4200"), "EUR");
    private static final Instant WON_AT = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant STORED_AT = Instant.parse("2026-03-11T08:00:00Z");

    private final CommandGateway commands = mock(CommandGateway.class);
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final WonOpportunities reaction = new WonOpportunities(commands, meters);

    @AfterEach
    void close() {
        reaction.close();
    }

    private static DomainEventMessage<OpportunityWon> stored(AccountId account) {
        OpportunityWon won = new OpportunityWon(TENANT, DEAL, WON_AT, "NEGOTIATION", AMOUNT, account, "web");
        return new GenericDomainEventMessage<>(
                "Opportunity", DEAL.value(), 4, won, Map.of(), UUID.randomUUID().toString(), STORED_AT);
    }

    /** Handles the event as the last of a processor batch. */
    private void handleInBatch(DomainEventMessage<OpportunityWon> message) throws Exception {
        BatchingUnitOfWork<DomainEventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(message));
        var result = batch.executeWithResult(
                () -> {
                    reaction.on(message.getPayload(), message);
                    return null;
                },
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw (Exception) result.exceptionResult();
        }
    }

    private double rejected(String reason) {
        return meters.get(WonOpportunities.REJECTED_WINS)
                .tag("reason", reason)
                .counter()
                .count();
    }

    @Test
    void aWinOfNoAccountIsNoneOfTheAccountsBusiness() throws Exception {
        handleInBatch(stored(null));

        verifyNoInteractions(commands);
    }

    @Test
    void theWinIsRecordedAsReportedInAUnitOfWorkOfItsOwn() throws Exception {
        AtomicReference<Object> sent = new AtomicReference<>();
        AtomicBoolean insideTheBatch = new AtomicBoolean(true);
        when(commands.sendAndWait(any())).thenAnswer(call -> {
            sent.set(call.getArgument(0));
            insideTheBatch.set(CurrentUnitOfWork.isStarted());
            return 1L;
        });

        handleInBatch(stored(ACCOUNT));

        assertThat(sent.get()).isEqualTo(new RecordWin(TENANT, ACCOUNT, DEAL, AMOUNT, WON_AT, STORED_AT, "web"));
        assertThat(insideTheBatch)
                .as("a command run inside the batch would be stored after the token")
                .isFalse();
    }

    @Test
    void aWinForAnAccountTheTenantHasNotIsCountedAndPassed() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new AggregateNotFoundException("acc-1", "no account"));

        handleInBatch(stored(ACCOUNT));
        handleInBatch(stored(ACCOUNT));

        assertThat(rejected("unknown-account")).isEqualTo(2.0);
        assertThat(rejected("invalid-win")).isZero();
    }

    @Test
    void aWinTheAccountCannotTakeIsCountedAndPassed() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new InvalidCommand("occurredAt", "won after it was reported"));

        handleInBatch(stored(ACCOUNT));

        assertThat(rejected("invalid-win")).isEqualTo(1.0);
    }

    @Test
    void anyOtherFailureFailsTheBatchForARetry() {
        when(commands.sendAndWait(any())).thenThrow(new ConcurrencyException("appended concurrently"));

        assertThatThrownBy(() -> handleInBatch(stored(ACCOUNT))).isInstanceOf(ConcurrencyException.class);
        assertThat(rejected("unknown-account") + rejected("invalid-win")).isZero();
    }
}
