package io.stageflow.opportunity.query.list;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.security.SalesRecordAccess;
import io.stageflow.opportunity.command.OpportunityStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * Which page of a tenant's opportunities to list; null filters match everything. Each rule names
 * the request parameter it is about, so that a 400 tells the caller what to fix. {@code visible}
 * narrows the list to the records the caller may see; null for every opportunity of the tenant.
 */
public record OpportunityListQuery(
        TenantId tenant,
        SalesRecordAccess.Visible visible,
        String owner,
        String team,
        String stage,
        PipelineId pipeline,
        OpportunityStatus status,
        Instant updatedSince,
        int page,
        int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public OpportunityListQuery {
        Objects.requireNonNull(tenant, "tenant");
        owner = filter("owner", owner, 200);
        team = filter("team", team, 200);
        stage = filter("stage", stage, 100);
        if (page < 0) {
            throw new InvalidCommand("page must be 0 or more but was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidCommand("size must be between 1 and " + MAX_SIZE + " but was " + size);
        }
    }

    /** Stored values are trimmed, so filters are too; a present but blank filter is a mistake, not "all". */
    private static String filter(String parameter, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw new InvalidCommand(
                    parameter + " must be between 1 and " + maxLength + " characters but was '" + value + "'");
        }
        return trimmed;
    }
}
