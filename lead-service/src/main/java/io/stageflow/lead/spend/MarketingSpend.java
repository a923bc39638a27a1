package io.stageflow.lead.spend;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.stageflow.events.Money;
import io.stageflow.events.ids.SpendId;
import io.stageflow.events.plan.MarketingSpendSet;
import io.stageflow.kit.plan.PlanFigure;
import io.stageflow.kit.plan.PlanOutcome;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * What marketing spent on one channel (or one of its campaigns) in one period. Its id comes from that
 * key, so setting it is create-or-revise through one command; the rules are {@link PlanFigure}'s.
 */
@Aggregate
public class MarketingSpend {
    @AggregateIdentifier
    private SpendId spendId;

    private PlanFigure figure;

    protected MarketingSpend() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    PlanOutcome handle(SetMarketingSpend command) {
        SpendKey key = command.key();
        Money previous = figure == null ? null : figure.amount();
        Optional<PlanFigure.Setting> setting =
                PlanFigure.decide(figure, command, "spend", key.spendId().value());
        setting.ifPresent(to -> apply(new MarketingSpendSet(
                key.tenant(),
                key.spendId(),
                to.occurredAt(),
                key.channel(),
                key.campaign(),
                key.period(),
                to.amount(),
                previous)));
        return PlanOutcome.after(setting.isPresent(), figure);
    }

    @EventSourcingHandler
    void on(MarketingSpendSet event) {
        spendId = event.spendId();
        figure = new PlanFigure(event.tenantId(), event.amount(), event.occurredAt());
    }
}
