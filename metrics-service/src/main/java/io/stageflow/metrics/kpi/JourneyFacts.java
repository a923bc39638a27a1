package io.stageflow.metrics.kpi;

import io.stageflow.events.SalesEvent;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.lead.LeadStageCorrected;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.metrics.cube.CellKey;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.FigureNames;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.Slice;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How lead and opportunity events change a journey, and what the journey contributes to the funnel
 * cells. The figures are a function of the journey's state only: one {@code journey:<path>} on the
 * day it started, one {@code entry:<path so far>} on the day of each first entry, and on the day of
 * its win the time from its start, in every slice it counts in. An event contributes the difference its change makes to them, so a late back-dated
 * correction, a lead arriving after its opportunity or a reassignment moves exactly the journey's
 * own figures from where they were to where they belong.
 */
final class JourneyFacts {
    static final String JOURNEY = "journey";
    static final String ENTRY = "entry";

    private JourneyFacts() {}

    /** Applies {@code event} to the journey and answers the change of its figures, at the event's position. */
    static List<Contribution> apply(JourneyState journey, SalesEvent event, KafkaPosition position, ZoneId zone) {
        Map<CellKey, Map<String, Long>> before = figures(journey, zone);
        change(journey, event);
        Map<CellKey, Map<String, Long>> after = figures(journey, zone);
        return difference(before, after, position);
    }

    private static void change(JourneyState journey, SalesEvent event) {
        Instant at = event.occurredAt();
        if (event instanceof LeadCreated created) {
            journey.startedAt = JourneyState.millis(at);
            journey.leadSlices =
                    KpiDimensions.leadSlices(created.dimensions(), created.campaign(), created.contactRole());
            JourneyState.enter(journey.leadEntered, created.stage(), at);
        } else if (event instanceof LeadReassigned reassigned) {
            journey.leadSlices =
                    KpiDimensions.reassigned(journey.leadSlices, reassigned.ownerId(), reassigned.teamId());
        } else if (event instanceof LeadStageChanged changed) {
            JourneyState.enter(journey.leadEntered, changed.toStage(), at);
        } else if (event instanceof LeadStageCorrected corrected) {
            JourneyState.enter(journey.leadEntered, corrected.toStage(), at);
        } else if (event instanceof LeadReopened reopened) {
            JourneyState.enter(journey.leadEntered, reopened.stage(), at);
        } else if (event instanceof OpportunityOpened opened) {
            if (opened.leadId() == null) {
                journey.startedAt = JourneyState.millis(at);
            }
            journey.dealSlices = KpiDimensions.dealSlices(opened.tenantId(), opened.pipelineId(), opened.dimensions());
            PipelineVersionOf pipeline = PipelineVersionOf.opening(opened);
            journey.pipelineId = pipeline.pipelineId();
            journey.pipelineVersion = pipeline.version();
            JourneyState.enter(journey.dealEntered, opened.stage(), at);
        } else if (event instanceof OpportunityStageChanged changed) {
            JourneyState.enter(journey.dealEntered, changed.toStage(), at);
        } else if (event instanceof OpportunityStageCorrected corrected) {
            JourneyState.enter(journey.dealEntered, corrected.toStage(), at);
        } else if (event instanceof OpportunityReassigned reassigned) {
            journey.dealSlices =
                    KpiDimensions.reassigned(journey.dealSlices, reassigned.ownerId(), reassigned.teamId());
        } else if (event instanceof OpportunityWon) {
            journey.wonAt = JourneyState.millis(at);
        } else if (event instanceof OpportunityLost lost) {
            journey.competitor = lost.competitor();
        } else if (event instanceof OpportunityReopened reopened) {
            journey.competitor = null;
            JourneyState.enter(journey.dealEntered, reopened.stage(), at);
        }
        // Conversions, disqualifications and changes of amount, close date, fields or account move
        // no stage: the opening is the opportunity's first entry, and a disqualified lead's journey
        // simply stops.
    }

    /** The journey's figures by cell: nothing until its start is known. */
    static Map<CellKey, Map<String, Long>> figures(JourneyState journey, ZoneId zone) {
        Map<CellKey, Map<String, Long>> figures = new HashMap<>();
        if (journey.startedAt == null) {
            return figures;
        }
        FunnelPath path = pathOf(journey);
        List<Instant> times = entryTimes(journey);
        List<Slice> slices = journey.slices();
        add(figures, journey, zone, journey.startedAt, slices, FigureNames.of(JOURNEY, path.encode()), 1);
        for (int n = 1; n <= times.size(); n++) {
            String entry = FigureNames.of(ENTRY, path.upTo(n).encode());
            add(figures, journey, zone, times.get(n - 1), slices, entry, 1);
        }
        if (journey.wonAt != null) {
            Figures cycle = Durations.measure(new Figures(), Durations.JOURNEY_CYCLE, journey.startedAt, journey.wonAt);
            cycle.counts().forEach((name, n) -> add(figures, journey, zone, journey.wonAt, slices, name, n));
        }
        return figures;
    }

    static FunnelPath pathOf(JourneyState journey) {
        return new FunnelPath(
                journey.pipelineId,
                journey.pipelineVersion,
                inOrder(journey.leadEntered),
                inOrder(journey.dealEntered),
                journey.wonAt != null);
    }

    /** Stages by first entry; stages entered at the same instant by name, so the order never depends on arrival. */
    private static List<String> inOrder(Map<String, Instant> entered) {
        return entered.entrySet().stream()
                .sorted(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<Instant> entryTimes(JourneyState journey) {
        List<Instant> times = new ArrayList<>();
        times.addAll(journey.leadEntered.values().stream().sorted().toList());
        times.addAll(journey.dealEntered.values().stream().sorted().toList());
        if (journey.wonAt != null) {
            times.add(journey.wonAt);
        }
        return times;
    }

    private static void add(
            Map<CellKey, Map<String, Long>> figures,
            JourneyState journey,
            ZoneId zone,
            Instant at,
            List<Slice> slices,
            String name,
            long count) {
        for (Slice slice : slices) {
            CellKey cell = new CellKey(
                    journey.tenant(), KpiFigures.JOURNEYS, at.atZone(zone).toLocalDate(), slice);
            figures.computeIfAbsent(cell, c -> new HashMap<>()).merge(name, count, Long::sum);
        }
    }

    private static List<Contribution> difference(
            Map<CellKey, Map<String, Long>> before, Map<CellKey, Map<String, Long>> after, KafkaPosition position) {
        Set<CellKey> cells = new HashSet<>(before.keySet());
        cells.addAll(after.keySet());
        List<Contribution> contributions = new ArrayList<>();
        for (CellKey cell : cells.stream().sorted(CellKey.ORDER).toList()) {
            Map<String, Long> was = before.getOrDefault(cell, Map.of());
            Map<String, Long> is = after.getOrDefault(cell, Map.of());
            Set<String> names = new HashSet<>(was.keySet());
            names.addAll(is.keySet());
            Figures change = new Figures();
            for (String name : names) {
                long delta = is.getOrDefault(name, 0L) - was.getOrDefault(name, 0L);
                if (delta != 0) {
                    change.count(name, delta);
                }
            }
            if (!change.isEmpty()) {
                contributions.add(new Contribution(cell, position, change));
            }
        }
        return contributions;
    }
}
