package io.stageflow.metrics.support;

import io.stageflow.events.Dimensions;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.QuotaId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.events.plan.QuotaSet;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.events.process.PipelineStage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded, randomly generated sales org: leads and opportunities that move the way the services
 * let them (forward and skipping, backward, corrected back-dated, reassigned, slipped, lost,
 * reopened, won), over the first half of 2026. Each aggregate's events are listed in the order its
 * event store would sequence them; {@link #deliveries} interleaves the aggregates at random and
 * delivers some events twice, as a forwarder retrying would.
 */
public final class GeneratedOrg {
    public static final List<String> STAGES = List.of("NEEDS_ANALYSIS", "PROPOSAL", "QUOTE", "NEGOTIATION");
    public static final List<Integer> PROBABILITIES = List.of(10, 30, 60, 80);
    public static final String QUALIFYING_STAGE = "PROPOSAL";
    public static final int ROTTEN_AFTER_DAYS = 45;
    public static final List<String> SOURCES = List.of("web", "fair", "partner", "referral");
    public static final List<String> COMPETITORS = List.of("Initech", "Globex", "Umbrella");
    private static final List<String> INDUSTRIES = List.of("software", "retail", "finance");
    private static final List<String> REGIONS = List.of("EMEA", "AMER");
    private static final List<String> REASONS = List.of("price", "timing", "features");
    private static final List<String> CAMPAIGNS = List.of("spring", "summer");
    private static final List<String> ROLES = List.of("ECONOMIC_BUYER", "CHAMPION");
    private static final Instant FIRST = Instant.parse("2026-01-05T00:00:00Z");

    public final TenantId tenant;
    public final ZoneId zone;
    /** Each aggregate's events in sequence order: the log an independent computation reads. */
    public final List<List<SalesEvent>> aggregates = new ArrayList<>();

    private final Random random;

    private GeneratedOrg(TenantId tenant, ZoneId zone, long seed) {
        this.tenant = tenant;
        this.zone = zone;
        this.random = new Random(seed);
    }

    public static GeneratedOrg generate(TenantId tenant, ZoneId zone, long seed, int journeys) {
        GeneratedOrg org = new GeneratedOrg(tenant, zone, seed);
        org.aggregates.add(List.of(org.pipelineDefinition()));
        for (int i = 0; i < journeys; i++) {
            org.journey(i);
        }
        org.quotas();
        return org;
    }

    public static String teamOf(String rep) {
        return "team-" + (char) ('a' + Integer.parseInt(rep.substring(4)) % 3);
    }

    private PipelineDefined pipelineDefinition() {
        List<PipelineStage> stages = new ArrayList<>();
        for (int i = 0; i < STAGES.size(); i++) {
            stages.add(new PipelineStage(STAGES.get(i), PROBABILITIES.get(i), List.of()));
        }
        return new PipelineDefined(
                tenant,
                PipelineId.defaultFor(tenant),
                Instant.parse("2025-12-01T00:00:00Z"),
                1,
                "Default",
                stages,
                QUALIFYING_STAGE,
                ROTTEN_AFTER_DAYS);
    }

    private void journey(int index) {
        Instant at = FIRST.plus(Duration.ofMinutes(random.nextInt(170 * 24 * 60)));
        String rep = "rep-" + (1 + random.nextInt(9));
        Dimensions dimensions = new Dimensions(pick(SOURCES), pick(INDUSTRIES), pick(REGIONS), rep, teamOf(rep));
        Money amount = new Money(
                BigDecimal.valueOf(500 + random.nextInt(200) * 50L, random.nextInt(3) == 0 ? 2 : 0),
                random.nextInt(10) < 7 ? "EUR" : "USD");
        OpportunityId deal = new OpportunityId("deal-" + index);
        LeadId leadId = null;
        if (random.nextInt(100) < 85) {
            leadId = new LeadId("lead-" + index);
            List<SalesEvent> lead = new ArrayList<>();
            lead.add(new LeadCreated(tenant, leadId, at, "NEW", dimensions, maybe(CAMPAIGNS, 60), maybe(ROLES, 50)));
            String stage = "NEW";
            if (random.nextInt(100) < 60) {
                at = later(at);
                lead.add(new LeadStageChanged(tenant, leadId, at, stage, "CONTACTED"));
                stage = "CONTACTED";
            }
            int fate = random.nextInt(100);
            if (fate >= 70) {
                if (fate < 90) {
                    lead.add(new LeadDisqualified(tenant, leadId, later(at), stage, pick(REASONS)));
                }
                aggregates.add(lead);
                return;
            }
            at = later(at);
            lead.add(new LeadConverted(tenant, leadId, at, stage, deal, amount, dimensions));
            aggregates.add(lead);
        }
        aggregates.add(deal(deal, leadId, at, dimensions, amount));
    }

    private List<SalesEvent> deal(OpportunityId id, LeadId lead, Instant at, Dimensions dimensions, Money amount) {
        List<SalesEvent> events = new ArrayList<>();
        int stage = random.nextInt(100) < 80 ? 0 : 1;
        LocalDate close = random.nextInt(100) < 85
                ? LocalDate.now(zone)
                        .withDayOfMonth(1)
                        .plusMonths(random.nextInt(9) - 3)
                        .plusDays(random.nextInt(28))
                : null;
        Instant opened = at;
        events.add(new OpportunityOpened(tenant, id, at, lead, STAGES.get(stage), amount, dimensions, close));
        boolean qualified = qualifyIfDue(events, id, at, stage, false);
        String owner = dimensions.ownerId();
        String team = dimensions.teamId();
        Instant reassignedAt = null;
        int moves = random.nextInt(5);
        for (int m = 0; m < moves; m++) {
            if (random.nextInt(100) < 8) {
                at = later(at);
                String rep = "rep-" + (1 + random.nextInt(9));
                events.add(new OpportunityReassigned(tenant, id, at, owner, team, rep, teamOf(rep)));
                owner = rep;
                team = teamOf(rep);
                reassignedAt = at;
            }
            if (close != null && random.nextInt(100) < 10) {
                at = later(at);
                LocalDate to = close.plusDays(random.nextInt(61) - 30);
                if (!to.equals(close)) {
                    events.add(new OpportunityCloseDateChanged(tenant, id, at, close, to));
                    close = to;
                }
            }
            int target = otherStage(stage);
            at = later(at);
            events.add(new OpportunityStageChanged(tenant, id, at, STAGES.get(stage), STAGES.get(target)));
            stage = target;
            qualified = qualifyIfDue(events, id, at, stage, qualified);
        }
        if (moves > 0 && random.nextInt(100) < 30) {
            // Back-dated between the opening (or the last reassignment) and the latest change.
            Instant earliest = reassignedAt == null ? opened : reassignedAt;
            long span = Duration.between(earliest, at).toMinutes();
            if (span > 2) {
                Instant trueTime = earliest.plus(Duration.ofMinutes(1 + random.nextLong(span - 1)));
                int target = otherStage(stage);
                events.add(new OpportunityStageCorrected(
                        tenant, id, trueTime, STAGES.get(stage), STAGES.get(target), "logged late"));
                stage = target;
                qualified = qualifyIfDue(events, id, trueTime, stage, qualified);
            }
        }
        int end = random.nextInt(100);
        for (int round = 0; round < 2 && end < 75; round++) {
            at = later(at);
            if (end < 40) {
                events.add(new OpportunityWon(tenant, id, at, STAGES.get(stage), wonAmount(amount)));
                break;
            }
            events.add(new OpportunityLost(tenant, id, at, STAGES.get(stage), pick(REASONS), maybe(COMPETITORS, 70)));
            if (random.nextInt(100) >= 35) {
                break;
            }
            at = later(at);
            stage = random.nextInt(STAGES.size());
            events.add(new OpportunityReopened(tenant, id, at, STAGES.get(stage)));
            qualified = qualifyIfDue(events, id, at, stage, qualified);
            end = random.nextInt(100);
        }
        return events;
    }

    /** Reaching the qualifying stage or a later one qualifies the deal once, at the same time. */
    private boolean qualifyIfDue(List<SalesEvent> events, OpportunityId id, Instant at, int stage, boolean qualified) {
        if (qualified || stage < STAGES.indexOf(QUALIFYING_STAGE)) {
            return qualified;
        }
        events.add(new OpportunityQualified(tenant, id, at, PipelineId.defaultFor(tenant), 1, STAGES.get(stage)));
        return true;
    }

    /** Mostly forward, sometimes skipping, sometimes back. */
    private int otherStage(int stage) {
        int target;
        do {
            target = random.nextInt(100) < 70
                    ? Math.min(STAGES.size() - 1, stage + 1 + random.nextInt(2))
                    : random.nextInt(STAGES.size());
        } while (target == stage);
        return target;
    }

    private Money wonAmount(Money amount) {
        return random.nextBoolean()
                ? amount
                : new Money(amount.amount().add(BigDecimal.valueOf(random.nextInt(100))), amount.currency());
    }

    private void quotas() {
        for (int rep = 1; rep <= 4; rep++) {
            QuotaId id = new QuotaId("rep.rep-" + rep + ".2026-Q2");
            List<SalesEvent> revisions = new ArrayList<>();
            Money first = new Money(BigDecimal.valueOf(5000L * rep), "EUR");
            revisions.add(new QuotaSet(
                    tenant,
                    id,
                    Instant.parse("2026-03-20T12:00:00Z"),
                    "REP",
                    "rep-" + rep,
                    new Period("2026-Q2"),
                    first,
                    null));
            if (rep == 2) {
                revisions.add(new QuotaSet(
                        tenant,
                        id,
                        Instant.parse("2026-03-25T12:00:00Z"),
                        "REP",
                        "rep-2",
                        new Period("2026-Q2"),
                        new Money(new BigDecimal("3000"), "EUR"),
                        first));
            }
            aggregates.add(revisions);
        }
    }

    /**
     * Every aggregate's events once, interleaved at random but each aggregate's in sequence (as
     * Kafka keeps them per key), then a tenth of them again at the end: redeliveries at new offsets.
     */
    public List<EventEnvelope> deliveries() {
        List<List<EventEnvelope>> queues = new ArrayList<>();
        aggregates.forEach(events -> queues.add(new ArrayList<>(SampleJourneys.envelopes(events))));
        List<EventEnvelope> delivered = new ArrayList<>();
        List<EventEnvelope> again = new ArrayList<>();
        while (!queues.isEmpty()) {
            int pick = random.nextInt(queues.size());
            EventEnvelope next = queues.get(pick).remove(0);
            delivered.add(next);
            if (random.nextInt(10) == 0) {
                again.add(next);
            }
            if (queues.get(pick).isEmpty()) {
                queues.remove(pick);
            }
        }
        delivered.addAll(again);
        return delivered;
    }

    private Instant later(Instant at) {
        return at.plus(Duration.ofMinutes(12 * 60 + random.nextInt(12 * 24 * 60)));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T maybe(List<T> values, int percent) {
        return random.nextInt(100) < percent ? pick(values) : null;
    }
}
