package io.stageflow.metrics.kpi;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.cube.CellReader;
import io.stageflow.metrics.cube.SliceQuery;
import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.query.Report;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The funnel from the journey cells: journeys counted by path ({@link JourneyFacts}), and the paths
 * matched against the listed stages here, each by the stage order of the pipeline version it
 * followed. A pipeline revision therefore never needs a rebuild: every journey keeps the version it
 * was opened on, and the definitions are applied when the question is asked.
 */
@Component
public class FunnelQuery {
    private final CellReader reader;
    private final PipelineDefinitions definitions;
    private final TenantZones zones;

    public FunnelQuery(KpiCells cells, TenantZones zones) {
        this.reader = new CellReader(cells.cells());
        this.definitions = cells.definitions();
        this.zones = zones;
    }

    /**
     * @param stages comma-separated; default: the lead stages, the stages of the filtered pipeline (or
     *     of the tenant's default pipeline) in its newest version, and WON
     */
    public Report<Funnel> funnel(
            TenantId tenant, KpiQuery.Question question, String mode, String match, String stages) {
        FunnelRules rules = FunnelRules.parse(mode, match);
        SliceQuery query =
                Questions.sliceQuery(tenant, question, List.of(KpiFigures.JOURNEYS), zones.zoneOf(tenant.value()));
        List<String> listed = stages == null || stages.isBlank()
                ? defaultStages(tenant, question.filters().get(KpiDimensions.PIPELINE))
                : listed(stages, knownStages(tenant));
        DefinitionsUsed used = new DefinitionsUsed(definitions, tenant.value());
        return Report.of(
                reader.answer(query),
                figures -> Funnel.of(
                        figures,
                        listed,
                        rules,
                        path -> new StageOrder(
                                path.pipelineId() == null
                                        ? List.of()
                                        : used.find(path.pipelineId(), path.version())
                                                .map(FunnelQuery::stageNames)
                                                .orElse(List.of()))));
    }

    private List<String> defaultStages(TenantId tenant, String pipeline) {
        String pipelineId =
                pipeline != null ? pipeline : PipelineId.defaultFor(tenant).value();
        List<String> stages = new ArrayList<>(StageOrder.LEAD_STAGES);
        definitions
                .latest(tenant.value(), pipelineId)
                .map(FunnelQuery::stageNames)
                .ifPresent(stages::addAll);
        stages.add(FunnelPath.WON);
        return stages;
    }

    private static List<String> stageNames(PipelineDefinitions.Definition definition) {
        return definition.stages().stream().map(PipelineDefinitions.Stage::name).toList();
    }

    /** The lead stages, any stage of the tenant's pipelines, and WON. */
    private Set<String> knownStages(TenantId tenant) {
        Set<String> known = new LinkedHashSet<>(StageOrder.LEAD_STAGES);
        known.addAll(definitions.stageNames(tenant.value()));
        known.add(FunnelPath.WON);
        return known;
    }

    private static List<String> listed(String stages, Set<String> known) {
        // Stage names are stored NFC-normalised, so a name typed in another normal form still matches.
        List<String> listed = Arrays.stream(stages.split(","))
                .map(name -> Normalizer.normalize(name.strip(), Normalizer.Form.NFC))
                .toList();
        if (listed.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("stages: an empty stage name in '" + stages + "'");
        }
        for (String stage : listed) {
            if (!known.contains(stage)) {
                throw new IllegalArgumentException("stages: unknown stage '" + stage + "'; known: " + known);
            }
        }
        if (listed.stream().distinct().count() != listed.size()) {
            throw new IllegalArgumentException("stages: a stage is listed twice in '" + stages + "'");
        }
        return listed;
    }
}
