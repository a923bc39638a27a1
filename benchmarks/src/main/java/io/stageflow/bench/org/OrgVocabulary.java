package io.stageflow.bench.org;

import java.util.List;

/** The values a generated org's dimensions are drawn from: enough of each for realistic slices. */
public final class OrgVocabulary {
    public static final List<String> LEAD_STAGES = List.of("NEW", "CONTACTED");
    /** The default pipeline's stages, as every tenant's version 1 defines them. */
    public static final List<String> PIPELINE_STAGES = List.of("NEEDS_ANALYSIS", "PROPOSAL", "QUOTE", "NEGOTIATION");

    public static final List<Integer> PROBABILITIES = List.of(10, 30, 60, 80);
    public static final String QUALIFYING_STAGE = "PROPOSAL";
    public static final List<String> SOURCES = List.of(
            "web",
            "webinar",
            "trade-fair",
            "partner",
            "referral",
            "cold-call",
            "content",
            "paid-search",
            "social",
            "event");
    public static final List<String> INDUSTRIES = List.of(
            "software",
            "retail",
            "finance",
            "insurance",
            "healthcare",
            "manufacturing",
            "logistics",
            "energy",
            "telecom",
            "media",
            "education",
            "public-sector",
            "automotive",
            "hospitality",
            "real-estate");
    public static final List<String> REGIONS = List.of("EMEA", "AMER", "APAC", "LATAM");
    public static final List<String> COMPETITORS = List.of(
            "Initech",
            "Globex",
            "Umbrella",
            "Hooli",
            "Vandelay",
            "Stark",
            "Wayne",
            "Acme",
            "Soylent",
            "Tyrell",
            "Cyberdyne",
            "Wonka",
            "Gringotts",
            "Oscorp",
            "Massive Dynamic",
            "Aperture",
            "Monarch",
            "Prestige",
            "Virtucon",
            "Nakatomi");
    public static final List<String> CAMPAIGNS = List.of(
            "spring-launch",
            "summer-webinars",
            "autumn-roadshow",
            "winter-promo",
            "partner-week",
            "customer-summit",
            "retargeting",
            "newsletter",
            "analyst-report",
            "free-trial",
            "case-studies",
            "pricing-page");
    public static final List<String> CONTACT_ROLES =
            List.of("DECISION_MAKER", "ECONOMIC_BUYER", "INFLUENCER", "CHAMPION", "USER", "GATEKEEPER", "OTHER");
    public static final List<String> LOSS_REASONS =
            List.of("price", "timing", "features", "budget", "no-decision", "competitor");
    public static final List<String> DISQUALIFY_REASONS = List.of("no-budget", "no-fit", "duplicate", "unreachable");

    private OrgVocabulary() {}
}
