package io.stageflow.metrics.outcomes;

import io.stageflow.events.Dimensions;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.cube.Slice;
import java.util.ArrayList;
import java.util.List;

/**
 * The dimensions a deal's outcomes are sliced by, with the names the API's filters and
 * {@code groupBy} use. Competitor is a dimension of losses only. Campaign and contact role are
 * lead attributes no opportunity event carries yet.
 */
public final class DealDimensions {
    public static final String PIPELINE = "pipeline";
    public static final String SOURCE = "source";
    public static final String INDUSTRY = "industry";
    public static final String REGION = "region";
    public static final String TEAM = "team";
    public static final String REP = "rep";
    public static final String COMPETITOR = "competitor";
    public static final List<String> ALL = List.of(PIPELINE, SOURCE, INDUSTRY, REGION, TEAM, REP, COMPETITOR);

    private DealDimensions() {}

    /** The all-deals slice and one per dimension; an opening before pipelines follows the default one. */
    static List<Slice> slicesOf(TenantId tenant, PipelineId pipeline, Dimensions dimensions) {
        String pipelineId = (pipeline == null ? PipelineId.defaultFor(tenant) : pipeline).value();
        List<Slice> slices = new ArrayList<>(List.of(Slice.ALL, Slice.of(PIPELINE, pipelineId)));
        add(slices, SOURCE, dimensions.source());
        add(slices, INDUSTRY, dimensions.industry());
        add(slices, REGION, dimensions.region());
        add(slices, REP, dimensions.ownerId());
        add(slices, TEAM, dimensions.teamId());
        return slices;
    }

    /** {@code slices} with the rep and team replaced: outcomes count for whoever owns the deal then. */
    static List<Slice> reassigned(List<Slice> slices, String rep, String team) {
        List<Slice> result = new ArrayList<>(slices.stream()
                .filter(s -> !s.dimension().equals(REP) && !s.dimension().equals(TEAM))
                .toList());
        add(result, REP, rep);
        add(result, TEAM, team);
        return result;
    }

    private static void add(List<Slice> slices, String dimension, String value) {
        if (value != null) {
            slices.add(Slice.of(dimension, value));
        }
    }
}
