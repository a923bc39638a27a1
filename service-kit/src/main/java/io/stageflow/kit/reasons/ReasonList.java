package io.stageflow.kit.reasons;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.stageflow.events.ids.ReasonListId;
import io.stageflow.events.process.ReasonListDefined;
import io.stageflow.kit.domain.BusinessTime;
import io.stageflow.kit.domain.RuleViolation;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One tenant's list of reasons of one kind. Every definition replaces the whole list, so the latest
 * event alone says what the list is. The first definition creates the aggregate; until then the
 * tenant is on the kind's defaults, which the list never stores.
 */
@Aggregate
public class ReasonList {
    @AggregateIdentifier
    private ReasonListId listId;

    private ReasonKind kind;
    /** Definitions so far; 0 before the first. */
    private long version;

    private List<String> reasons = List.of();
    private Instant lastOccurredAt;

    protected ReasonList() {}

    /**
     * Answers with the list as defined. If-Match names the list's own version, the one its GET shows,
     * not Axon's sequence number, which cannot say "still on the defaults"; it is checked before any
     * rule, as ADR 0003 orders. The id is derived from the tenant, so no tenant can name another's.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ReasonListView handle(DefineReasonList command) {
        Long expected = command.expectedVersion();
        if (expected != null && expected != version) {
            throw new ConflictingAggregateVersionException(command.listId().value(), expected, version);
        }
        List<String> defined = DefinedReasons.require(command.reasons());
        Instant at = lastOccurredAt == null
                ? BusinessTime.require(command.occurredAt())
                : BusinessTime.notBefore(command.occurredAt(), lastOccurredAt, "reason list");
        if (defined.equals(reasons)) {
            throw new RuleViolation("nothing changes: the " + command.kind().pathName() + " list is already " + reasons
                    + " (version " + version + ")");
        }
        apply(new ReasonListDefined(
                command.tenantId(),
                command.listId(),
                at,
                Math.toIntExact(version + 1),
                command.kind().name(),
                defined));
        return new ReasonListView(kind.pathName(), version, reasons, false);
    }

    @EventSourcingHandler
    void on(ReasonListDefined event) {
        listId = event.listId();
        kind = ReasonKind.valueOf(event.kind());
        version = event.version();
        reasons = event.reasons();
        lastOccurredAt = event.occurredAt();
    }
}
