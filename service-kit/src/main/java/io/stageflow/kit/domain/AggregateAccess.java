package io.stageflow.kit.domain;

import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.security.CallerMetaData;
import io.stageflow.kit.security.SalesRecordAccess;
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

    /**
     * As {@link #require}, for a sales record owned by {@code owner} in {@code team}: a record the
     * command's caller may not see ({@link SalesRecordAccess#sees}) also answers like a missing one,
     * before its version is compared. The system's own commands carry no caller and may change any.
     */
    public static void requireRecord(
            TenantId tenant, String owner, String team, TenantId caller, Long expectedVersion, String kind, String id) {
        if (!tenant.equals(caller)
                || CallerMetaData.current()
                        .filter(who -> !SalesRecordAccess.sees(who, owner, team))
                        .isPresent()) {
            throw new AggregateNotFoundException(id, "no " + kind + " " + id);
        }
        ExpectedVersion.require(expectedVersion, id);
    }
}
