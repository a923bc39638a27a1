package io.stageflow.opportunity.quota;

import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.plan.PlanHistories;
import io.stageflow.kit.plan.PlanHttp;
import io.stageflow.kit.plan.PlanLists;
import io.stageflow.kit.plan.PlanOutcome;
import io.stageflow.kit.plan.SetPlanFigureRequest;
import io.stageflow.kit.readmodel.ListPage;
import io.stageflow.kit.security.Access;
import io.stageflow.kit.web.IfMatch;
import io.stageflow.kit.web.OccurredAt;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Quotas over HTTP, addressed by what they are for: {@code /api/quotas/{rep|team}/{subjectId}/{period}}.
 * The tenant comes from the token only.
 */
@RestController
@RequestMapping("/api/quotas")
class QuotaController {
    private static final String QUOTA = "/{scope}/{subjectId}/{period}";

    private final CommandGateway commands;
    private final PlanHistories histories;
    private final PlanLists lists;
    private final Clock clock;

    QuotaController(CommandGateway commands, PlanHistories histories, PlanLists lists, Clock clock) {
        this.commands = commands;
        this.histories = histories;
        this.lists = lists;
        this.clock = clock;
    }

    /** Idempotent: the amount it has already answers 200 with the version unchanged and records nothing. */
    @PreAuthorize(Access.ADMIN)
    @PutMapping(QUOTA)
    ResponseEntity<QuotaResponse> set(
            TenantId tenant,
            @PathVariable String scope,
            @PathVariable String subjectId,
            @PathVariable String period,
            IfMatch ifMatch,
            @Valid @RequestBody SetPlanFigureRequest request) {
        QuotaKey key = QuotaKey.parse(tenant, scope, subjectId, period);
        PlanOutcome outcome = commands.sendAndWait(new SetQuota(
                key,
                request.amount(),
                request.currency(),
                OccurredAt.resolve(request.occurredAt(), clock),
                ifMatch.version()));
        return PlanHttp.set(outcome, location(key), QuotaResponse.of(key, outcome));
    }

    @PreAuthorize(Access.QUOTAS)
    @GetMapping(QUOTA)
    ResponseEntity<QuotaView> get(
            TenantId tenant, @PathVariable String scope, @PathVariable String subjectId, @PathVariable String period) {
        QuotaKey key = QuotaKey.parse(tenant, scope, subjectId, period);
        QuotaView quota =
                QuotaView.of(key, histories.require(tenant, key.quotaId().value(), "quota"));
        return PlanHttp.read(quota.version(), quota);
    }

    /** Eventually consistent: the list trails writes by a moment; a read by key never does. */
    @PreAuthorize(Access.QUOTAS)
    @GetMapping
    ListPage<QuotaListItem> list(TenantId tenant, QuotaListParameters parameters) {
        return lists.find(parameters.toQuery(tenant), QuotaListItem::of);
    }

    private static URI location(QuotaKey key) {
        return UriComponentsBuilder.fromPath("/api/quotas" + QUOTA)
                .encode()
                .buildAndExpand(key.scope().name().toLowerCase(Locale.ROOT), key.subjectId(), key.period())
                .toUri();
    }
}
