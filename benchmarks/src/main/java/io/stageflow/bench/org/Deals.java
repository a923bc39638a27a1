package io.stageflow.bench.org;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An opportunity opened from a conversion, on version 1 of the tenant's default pipeline. Half reach
 * the qualifying stage (PROPOSAL, 150 of 1000 leads); of those two thirds are won (100), most
 * after QUOTE and NEGOTIATION, some skipping one; the others are lost (with a reason, often to a
 * competitor) or still open. Of those never qualified most are lost in NEEDS_ANALYSIS.
 */
final class Deals {
    private static final int PROPOSAL = 1;
    private static final int QUOTE = 2;
    private static final int NEGOTIATION = 3;

    private final TenantId tenant;
    private final SplittableRandom random;
    private final Timeline timeline;

    Deals(TenantId tenant, SplittableRandom random, Timeline timeline) {
        this.tenant = tenant;
        this.random = random;
        this.timeline = timeline;
    }

    List<SalesEvent> deal(OpportunityId id, LeadId lead, Instant opened, Money amount, Dimensions dimensions) {
        List<SalesEvent> events = new ArrayList<>();
        events.add(new OpportunityOpened(
                tenant,
                id,
                opened,
                lead,
                Journeys.stage(0),
                amount,
                dimensions,
                opened.atZone(ZoneOffset.UTC).toLocalDate().plusDays(30 + random.nextInt(120)),
                PipelineId.defaultFor(tenant),
                1,
                null));
        if (random.nextDouble() >= 0.5) {
            if (random.nextDouble() < 0.8) {
                lose(events, id, opened, 0);
            }
            return events;
        }
        Instant at = move(events, id, opened, 0, PROPOSAL);
        if (at == null) {
            return events;
        }
        events.add(new OpportunityQualified(
                tenant, id, at, PipelineId.defaultFor(tenant), 1, OrgVocabulary.QUALIFYING_STAGE));
        int stage = PROPOSAL;
        double outcome = random.nextDouble();
        if (outcome < 2.0 / 3) {
            if (random.nextDouble() < 0.7) {
                at = move(events, id, at, stage, QUOTE);
                stage = QUOTE;
            }
            if (at != null && random.nextDouble() < 0.6) {
                at = move(events, id, at, stage, NEGOTIATION);
                stage = NEGOTIATION;
            }
            Instant won = at == null ? null : timeline.after(at, 2, 30);
            if (won != null) {
                events.add(
                        new OpportunityWon(tenant, id, won, Journeys.stage(stage), amount, null, dimensions.source()));
            }
        } else if (outcome < 0.94) {
            if (random.nextDouble() < 0.4) {
                at = move(events, id, at, stage, QUOTE);
                stage = QUOTE;
            }
            if (at != null) {
                lose(events, id, at, stage);
            }
        } else if (random.nextDouble() < 0.5) {
            move(events, id, at, stage, QUOTE);
        }
        return events;
    }

    /** The move, or null (and no move) when its time has not come yet. */
    private Instant move(List<SalesEvent> events, OpportunityId id, Instant at, int from, int to) {
        Instant moved = timeline.after(at, 3, 30);
        if (moved != null) {
            events.add(new OpportunityStageChanged(tenant, id, moved, Journeys.stage(from), Journeys.stage(to)));
        }
        return moved;
    }

    private void lose(List<SalesEvent> events, OpportunityId id, Instant at, int stage) {
        Instant lost = timeline.after(at, 3, 60);
        if (lost != null) {
            String competitor = random.nextDouble() < 0.6
                    ? OrgVocabulary.COMPETITORS.get(random.nextInt(OrgVocabulary.COMPETITORS.size()))
                    : null;
            String reason = OrgVocabulary.LOSS_REASONS.get(random.nextInt(OrgVocabulary.LOSS_REASONS.size()));
            events.add(new OpportunityLost(tenant, id, lost, Journeys.stage(stage), reason, competitor));
        }
    }
}
