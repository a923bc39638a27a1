package io.stageflow.kit.domain;

import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * If-Match for an aggregate: a command that names a version runs only on exactly that version. Handlers
 * call this after the tenant check and before any rule, which is why it is not left to
 * {@code @TargetAggregateVersion}: Axon rejects a version ahead of the aggregate while loading it,
 * before the tenant check (a 412 would reveal another tenant's aggregate and its version), and a stale one
 * only at commit, after the rules (a 409 about changes the caller never saw instead of a 412).
 */
public final class ExpectedVersion {
    private ExpectedVersion() {}

    /** {@code expected} null means the caller did not ask for a check. */
    public static void require(Long expected, String aggregateId) {
        long actual = AggregateLifecycle.getVersion();
        if (expected != null && expected != actual) {
            throw new ConflictingAggregateVersionException(aggregateId, expected, actual);
        }
    }
}
