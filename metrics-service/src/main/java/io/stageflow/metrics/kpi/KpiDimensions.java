package io.stageflow.metrics.kpi;

import io.stageflow.events.Dimensions;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.cube.Slice;
import java.util.ArrayList;
import java.util.List;

/**
 * The dimensions KPI figures are sliced by, with the names the API's filters and {@code groupBy}
 * use; the pairs of them the cells also keep are {@link SlicePairs}'. Pipeline slices opportunity figures only, campaign and contact role lead figures only (no
 * opportunity event carries them yet), competitor losses only.
 */
public final class KpiDimensions {
    public static final String PIPELINE = "pipeline";
    public static final String SOURCE = "source";
    public static final String INDUSTRY = "industry";
    public static final String REGION = "region";
    public static final String TEAM = "team";
    public static final String REP = "rep";
    public static final String COMPETITOR = "competitor";
    public static final String CAMPAIGN = "campaign";
    public static final String CONTACT_ROLE = "contactRole";
    public static final List<String> ALL =
            List.of(PIPELINE, SOURCE, INDUSTRY, REGION, TEAM, REP, COMPETITOR, CAMPAIGN, CONTACT_ROLE);

    private KpiDimensions() {}

    /** A deal's slices: all, and one per dimension; an opening before pipelines follows the default one. */
    static List<Slice> dealSlices(TenantId tenant, PipelineId pipeline, Dimensions dimensions) {
        String pipelineId = (pipeline == null ? PipelineId.defaultFor(tenant) : pipeline).value();
        List<Slice> slices = new ArrayList<>(List.of(Slice.ALL, Slice.of(PIPELINE, pipelineId)));
        addCommon(slices, dimensions);
        return slices;
    }

    /** A lead's slices: all, its dimensions, and its campaign and contact role when it has them. */
    static List<Slice> leadSlices(Dimensions dimensions, String campaign, String contactRole) {
        List<Slice> slices = new ArrayList<>(List.of(Slice.ALL));
        addCommon(slices, dimensions);
        add(slices, CAMPAIGN, campaign);
        add(slices, CONTACT_ROLE, contactRole);
        return slices;
    }

    /** An account's slices: all, its industry, region and owner. */
    static List<Slice> accountSlices(String industry, String region, String owner) {
        List<Slice> slices = new ArrayList<>(List.of(Slice.ALL));
        add(slices, INDUSTRY, industry);
        add(slices, REGION, region);
        add(slices, REP, owner);
        return slices;
    }

    private static void addCommon(List<Slice> slices, Dimensions dimensions) {
        add(slices, SOURCE, dimensions.source());
        add(slices, INDUSTRY, dimensions.industry());
        add(slices, REGION, dimensions.region());
        add(slices, REP, dimensions.ownerId());
        add(slices, TEAM, dimensions.teamId());
    }

    /**
     * {@code slices} with the rep and team replaced: outcomes count for whoever owns the deal then.
     * Single slices only: the pairs follow from them ({@link SlicePairs#withPairs}).
     */
    static List<Slice> reassigned(List<Slice> slices, String rep, String team) {
        List<Slice> result = new ArrayList<>(slices.stream()
                .filter(s -> !s.isPair()
                        && !s.dimension().equals(REP)
                        && !s.dimension().equals(TEAM))
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
