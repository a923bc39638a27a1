package io.stageflow.kit.plan;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.PlanEvent;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.plan.MarketingSpendSet;
import io.stageflow.events.plan.QuotaSet;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One setting of a plan figure, whichever kind: its key parts by their contract field names (a whole
 * channel's spend has a null {@code campaign}), so that one read model and one history serve both.
 */
public record PlanEntry(
        TenantId tenant,
        String id,
        Map<String, String> key,
        Period period,
        Money amount,
        Money previous,
        Instant occurredAt) {
    public static final String SCOPE = "scope";
    public static final String SUBJECT_ID = "subjectId";
    public static final String CHANNEL = "channel";
    public static final String CAMPAIGN = "campaign";

    public static PlanEntry of(PlanEvent event) {
        if (event instanceof QuotaSet quota) {
            return new PlanEntry(
                    quota.tenantId(),
                    quota.aggregateId(),
                    key(SCOPE, quota.scope(), SUBJECT_ID, quota.subjectId()),
                    quota.period(),
                    quota.amount(),
                    quota.previous(),
                    quota.occurredAt());
        }
        if (event instanceof MarketingSpendSet spend) {
            return new PlanEntry(
                    spend.tenantId(),
                    spend.aggregateId(),
                    key(CHANNEL, spend.channel(), CAMPAIGN, spend.campaign()),
                    spend.period(),
                    spend.amount(),
                    spend.previous(),
                    spend.occurredAt());
        }
        throw new IllegalArgumentException(
                "not a plan figure: " + event.getClass().getName());
    }

    // Map.of refuses the null of a whole channel's campaign.
    private static Map<String, String> key(String field1, String value1, String field2, String value2) {
        Map<String, String> key = new LinkedHashMap<>();
        key.put(field1, value1);
        key.put(field2, value2);
        return Collections.unmodifiableMap(key);
    }
}
