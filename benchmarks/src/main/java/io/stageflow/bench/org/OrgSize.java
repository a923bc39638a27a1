package io.stageflow.bench.org;

import io.stageflow.events.ids.TenantId;

/**
 * How big one generated tenant is. Leads are opportunities × 10/3, the textbook funnel's 1000 leads
 * to 300 opportunities; a rep per 200 opportunities, about ten reps per team.
 */
public record OrgSize(TenantId tenant, int opportunities, int leads, int reps, int teams) {
    public static OrgSize of(String tenant, int opportunities) {
        int reps = Math.max(5, opportunities / 200);
        return new OrgSize(
                new TenantId(tenant),
                opportunities,
                (int) Math.round(opportunities * 10.0 / 3),
                reps,
                Math.max(2, reps / 10));
    }

    public String rep(int index) {
        return String.format("rep-%05d", index);
    }

    /** Reps are in teams of consecutive numbers. */
    public int teamOf(int repIndex) {
        return (int) ((long) repIndex * teams / reps);
    }

    /** A team sells in one region. */
    public String regionOf(int teamIndex) {
        return OrgVocabulary.REGIONS.get(teamIndex % OrgVocabulary.REGIONS.size());
    }

    public String team(int index) {
        return String.format("team-%04d", index);
    }
}
