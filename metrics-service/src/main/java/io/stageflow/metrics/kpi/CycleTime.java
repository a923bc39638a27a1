package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Figures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sales cycle and time in stage, in days (decimal). {@code won} counts the wins on the range's
 * days; the cycle runs from an opportunity's opening to its win, over those wins, and {@code
 * journey} from the lead's creation to the win. A stage's time
 * counts the stays that ended on the range's days. The open deals' current age in their stage is
 * as of today, for the whole answer only. Means are exact, medians and p90s within 1%.
 */
public record CycleTime(
        long won, Double meanDays, Double medianDays, Double p90Days, JourneyCycle journey, List<StageTime> stages) {

    /**
     * The whole journey, from the lead's creation (or, without a lead, the opening) to the win, over
     * the journeys won on the range's days.
     */
    public record JourneyCycle(long won, Double meanDays, Double medianDays, Double p90Days) {}

    /**
     * One stage: time spent in it, and (in the whole answer) how many open deals are in it now and
     * how long they have been, in whole days.
     */
    public record StageTime(
            String stage,
            Double meanDays,
            Double medianDays,
            Double p90Days,
            Long openNow,
            Double ageMeanDays,
            Double ageMedianDays,
            Double ageP90Days) {}

    /** @param ages the open deals' ages by stage, or null where they are not reported (groups, periods) */
    static CycleTime of(Figures figures, Map<String, DurationSummary> ages) {
        Map<String, DurationSummary.Builder> measures = new HashMap<>();
        Map<String, Long> millis = new HashMap<>();
        figures.counts().forEach((name, count) -> {
            String measured = KpiFigures.partOf(Durations.COUNT, name);
            String summed = KpiFigures.partOf(Durations.MILLIS, name);
            String bucketed = KpiFigures.partOf(Durations.BUCKET, name);
            if (measured != null) {
                measures.computeIfAbsent(measured, k -> new DurationSummary.Builder())
                        .count(count, 0);
            } else if (summed != null) {
                millis.merge(summed, count, Long::sum);
            } else if (bucketed != null) {
                int bar = bucketed.indexOf('|');
                measures.computeIfAbsent(bucketed.substring(bar + 1), k -> new DurationSummary.Builder())
                        .bucket(bucketed.substring(0, bar), count);
            }
        });
        millis.forEach((measure, sum) -> measures.computeIfAbsent(measure, k -> new DurationSummary.Builder())
                .count(0, sum / Durations.MILLIS_PER_DAY));
        DurationSummary cycle = summary(measures, Durations.CYCLE);
        List<StageTime> stages = new ArrayList<>();
        for (String stage : stageNames(measures, ages)) {
            DurationSummary stay = summary(measures, Durations.inStage(stage));
            DurationSummary age = ages == null ? null : ages.getOrDefault(stage, DurationSummary.NONE);
            stages.add(new StageTime(
                    stage,
                    stay.meanDays(),
                    stay.medianDays(),
                    stay.p90Days(),
                    age == null ? null : age.count(),
                    age == null ? null : age.meanDays(),
                    age == null ? null : age.medianDays(),
                    age == null ? null : age.p90Days()));
        }
        DurationSummary journey = summary(measures, Durations.JOURNEY_CYCLE);
        return new CycleTime(
                figures.count(KpiFigures.WON),
                cycle.meanDays(),
                cycle.medianDays(),
                cycle.p90Days(),
                new JourneyCycle(journey.count(), journey.meanDays(), journey.medianDays(), journey.p90Days()),
                stages);
    }

    private static DurationSummary summary(Map<String, DurationSummary.Builder> measures, String measure) {
        DurationSummary.Builder builder = measures.get(measure);
        return builder == null ? DurationSummary.NONE : builder.summary();
    }

    /**
     * The lead stages and version 1 of the default pipeline always, in order, so a stay nobody made
     * yet still shows (as null); then any other stage measured, by name.
     */
    private static Set<String> stageNames(
            Map<String, DurationSummary.Builder> measures, Map<String, DurationSummary> ages) {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(StageOrder.LEAD_STAGES);
        PipelineDefinitions.DEFAULT_V1.forEach(stage -> names.add(stage.name()));
        Set<String> others = new TreeSet<>();
        measures.keySet().stream().filter(m -> m.startsWith("in:")).forEach(m -> others.add(m.substring(3)));
        if (ages != null) {
            others.addAll(ages.keySet());
        }
        names.addAll(others);
        return names;
    }
}
