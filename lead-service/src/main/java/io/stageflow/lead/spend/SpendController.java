package io.stageflow.lead.spend;

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
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Marketing spend over HTTP, addressed by what it is for: {@code /api/marketing-spend/{channel}/{period}}
 * for a whole channel, with {@code ?campaign=} for one of its campaigns (a campaign is optional,
 * which a query parameter says better than a second path shape). The tenant comes from the token only.
 */
@RestController
@RequestMapping("/api/marketing-spend")
class SpendController {
    private static final String SPEND = "/{channel}/{period}";

    private final CommandGateway commands;
    private final PlanHistories histories;
    private final PlanLists lists;
    private final Clock clock;

    SpendController(CommandGateway commands, PlanHistories histories, PlanLists lists, Clock clock) {
        this.commands = commands;
        this.histories = histories;
        this.lists = lists;
        this.clock = clock;
    }

    /** Idempotent: the amount it has already answers 200 with the version unchanged and records nothing. */
    @PreAuthorize(Access.ADMIN)
    @PutMapping(SPEND)
    ResponseEntity<SpendResponse> set(
            TenantId tenant,
            @PathVariable String channel,
            @PathVariable String period,
            @RequestParam(required = false) String campaign,
            IfMatch ifMatch,
            @Valid @RequestBody SetPlanFigureRequest request) {
        SpendKey key = SpendKey.parse(tenant, channel, campaign, period);
        PlanOutcome outcome = commands.sendAndWait(new SetMarketingSpend(
                key,
                request.amount(),
                request.currency(),
                OccurredAt.resolve(request.occurredAt(), clock),
                ifMatch.version()));
        return PlanHttp.set(outcome, location(key), SpendResponse.of(key, outcome));
    }

    @PreAuthorize(Access.TENANT_FIGURES)
    @GetMapping(SPEND)
    ResponseEntity<SpendView> get(
            TenantId tenant,
            @PathVariable String channel,
            @PathVariable String period,
            @RequestParam(required = false) String campaign) {
        SpendKey key = SpendKey.parse(tenant, channel, campaign, period);
        SpendView spend =
                SpendView.of(key, histories.require(tenant, key.spendId().value(), "spend"));
        return PlanHttp.read(spend.version(), spend);
    }

    /** Eventually consistent: the list trails writes by a moment; a read by key never does. */
    @PreAuthorize(Access.TENANT_FIGURES)
    @GetMapping
    ListPage<SpendListItem> list(TenantId tenant, SpendListParameters parameters) {
        return lists.find(parameters.toQuery(tenant), SpendListItem::of);
    }

    private static URI location(SpendKey key) {
        return UriComponentsBuilder.fromPath("/api/marketing-spend" + SPEND)
                .queryParamIfPresent(
                        "campaign", Optional.ofNullable(key.campaign()).map(campaign -> "{campaign}"))
                .encode()
                .buildAndExpand(key.channel(), key.period(), key.campaign())
                .toUri();
    }
}
