package io.stageflow.opportunity.quota;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.stageflow.events.Money;
import io.stageflow.events.ids.QuotaId;
import io.stageflow.events.plan.QuotaSet;
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
 * The quota of one rep or team for one period. Its id comes from that key, so setting it is
 * create-or-revise through one command; the rules are {@link PlanFigure}'s.
 */
@Aggregate
public class Quota {
    @AggregateIdentifier
    private QuotaId quotaId;

    private PlanFigure figure;

    protected Quota() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    PlanOutcome handle(SetQuota command) {
        QuotaKey key = command.key();
        Money previous = figure == null ? null : figure.amount();
        Optional<PlanFigure.Setting> setting =
                PlanFigure.decide(figure, command, "quota", key.quotaId().value());
        setting.ifPresent(to -> apply(new QuotaSet(
                key.tenant(),
                key.quotaId(),
                to.occurredAt(),
                key.scope().name(),
                key.subjectId(),
                key.period(),
                to.amount(),
                previous)));
        return PlanOutcome.after(setting.isPresent(), figure);
    }

    @EventSourcingHandler
    void on(QuotaSet event) {
        quotaId = event.quotaId();
        figure = new PlanFigure(event.tenantId(), event.amount(), event.occurredAt());
    }
}
