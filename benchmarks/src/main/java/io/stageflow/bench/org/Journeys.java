package io.stageflow.bench.org;

import static io.stageflow.bench.org.OrgVocabulary.PIPELINE_STAGES;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadStageChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One journey at a time, shaped like the textbook funnel: of 1000 leads 600 are contacted, 300
 * converted into opportunities (150 of which reach the qualifying stage and 100 are won, see
 * {@link Deals}); most of the rest are disqualified with a reason, a few still open. Leads start at
 * random over the org's history; a step that would lie in the future is not taken.
 */
final class Journeys {
    private final OrgSize size;
    private final SplittableRandom random;
    private final Timeline timeline;
    private final SeededIds ids;
    private final Instant first;
    private final long spanMillis;
    private final Deals deals;

    Journeys(OrgSize size, SplittableRandom random, SeededIds ids, Instant first, Instant now) {
        this.size = size;
        this.random = random;
        this.ids = ids;
        this.first = first;
        this.spanMillis = now.toEpochMilli() - first.toEpochMilli();
        this.timeline = new Timeline(random, now);
        this.deals = new Deals(size.tenant(), random, timeline);
    }

    /** The events of one journey: its lead's, and its opportunity's if it converted. */
    List<List<SalesEvent>> next() {
        TenantId tenant = size.tenant();
        LeadId lead = new LeadId(ids.next());
        Instant at = first.plusMillis((long) (random.nextDouble() * spanMillis));
        int rep = random.nextInt(size.reps());
        int team = size.teamOf(rep);
        Dimensions dimensions = new Dimensions(
                pick(OrgVocabulary.SOURCES),
                pick(OrgVocabulary.INDUSTRIES),
                size.regionOf(team),
                size.rep(rep),
                size.team(team));
        List<SalesEvent> events = new ArrayList<>();
        events.add(new LeadCreated(
                tenant,
                lead,
                at,
                "NEW",
                dimensions,
                maybe(OrgVocabulary.CAMPAIGNS, 0.6),
                maybe(OrgVocabulary.CONTACT_ROLES, 0.7)));
        String stage = "NEW";
        boolean contacted = random.nextDouble() < 0.6;
        if (contacted) {
            at = timeline.after(at, 0.2, 6);
            if (at == null) {
                return List.of(events);
            }
            events.add(new LeadStageChanged(tenant, lead, at, "NEW", "CONTACTED"));
            stage = "CONTACTED";
        }
        if (contacted && random.nextDouble() < 0.5) {
            Instant converted = timeline.after(at, 1, 25);
            if (converted == null) {
                return List.of(events);
            }
            OpportunityId opportunity = new OpportunityId(ids.next());
            Money amount = amount();
            events.add(new LeadConverted(
                    tenant, lead, converted, stage, opportunity, amount, dimensions, PipelineId.defaultFor(tenant)));
            return List.of(events, deals.deal(opportunity, lead, converted, amount, dimensions));
        }
        if (random.nextDouble() < 0.85) {
            Instant disqualified = timeline.after(at, 1, 20);
            if (disqualified != null) {
                events.add(new LeadDisqualified(
                        tenant, lead, disqualified, stage, pick(OrgVocabulary.DISQUALIFY_REASONS)));
            }
        }
        return List.of(events);
    }

    /** Log-normal deal sizes around 20,000, mostly in euros. */
    private Money amount() {
        long value = Math.max(1_000, Math.round(Math.exp(9.9 + 0.8 * random.nextGaussian()) / 100) * 100);
        return new Money(BigDecimal.valueOf(value), random.nextDouble() < 0.85 ? "EUR" : "USD");
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String maybe(List<String> values, double probability) {
        return random.nextDouble() < probability ? pick(values) : null;
    }

    static String stage(int index) {
        return PIPELINE_STAGES.get(index);
    }
}
