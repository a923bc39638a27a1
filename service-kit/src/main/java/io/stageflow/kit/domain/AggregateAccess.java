package io.stageflow.kit.domain;

import io.stageflow.events.ids.TenantId;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * The first check of every command on an existing aggregate, in the order that keeps tenants apart:
 * another tenant's aggregate answers exactly like a missing one (404) before anything else — its
 * version included (ADR 0003) — and only then does {@code If-Match} get a say.
 */
public final class AggregateAccess {
    private AggregateAccess() {}

    /**
     * @param kind how the aggregate is named in messages, e.g. "lead"
     * @param expectedVersion the version {@code If-Match} named, or null for no check
     */
    public static void require(TenantId owner, TenantId caller, Long expectedVersion, String kind, String id) {
        if (!owner.equals(caller)) {
            throw new AggregateNotFoundException(id, "no " + kind + " " + id);
        }
        ExpectedVersion.require(expectedVersion, id);
    }
}
