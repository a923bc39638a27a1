package io.stageflow.kit.reasons;

import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.security.Access;
import io.stageflow.kit.web.EntityTags;
import io.stageflow.kit.web.OccurredAt;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tenant's reason lists over HTTP. A service answers only for the kinds it owns
 * ({@code stageflow.reasons.kinds}); any other kind is as missing as an unknown one.
 */
@RestController
@RequestMapping("/api/reason-lists")
class ReasonListController {
    private final CommandGateway commands;
    private final StoredReasonLists lists;
    private final ReasonListProperties properties;
    private final Clock clock;

    ReasonListController(
            CommandGateway commands, StoredReasonLists lists, ReasonListProperties properties, Clock clock) {
        this.commands = commands;
        this.lists = lists;
        this.properties = properties;
        this.clock = clock;
    }

    @PreAuthorize(Access.ANY_ROLE)
    @GetMapping("/{kind}")
    ResponseEntity<ReasonListView> get(TenantId tenant, @PathVariable String kind) {
        ReasonListView list = lists.view(tenant, owned(kind));
        return ResponseEntity.ok().eTag(EntityTags.of(list.version())).body(list);
    }

    @PreAuthorize(Access.ADMIN)
    @PutMapping("/{kind}")
    ResponseEntity<ReasonListView> define(
            TenantId tenant,
            @PathVariable String kind,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody DefineReasonsRequest request) {
        ReasonKind owned = owned(kind);
        ReasonListView defined = commands.sendAndWait(new DefineReasonList(
                tenant,
                owned,
                request.reasons(),
                OccurredAt.resolve(request.occurredAt(), clock),
                EntityTags.expectedVersion(ifMatch)));
        return ResponseEntity.ok().eTag(EntityTags.of(defined.version())).body(defined);
    }

    private ReasonKind owned(String pathName) {
        return ReasonKind.ofPathName(pathName)
                .filter(properties.kinds()::contains)
                .orElseThrow(() -> new AggregateNotFoundException(pathName, "no reason list " + pathName));
    }
}
