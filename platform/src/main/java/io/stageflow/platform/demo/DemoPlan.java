package io.stageflow.platform.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo sales org: the funnel example of the sales-process literature Stageflow grew from —
 * 1000 leads, 600 contacted, 300 in needs analysis, 150 at proposal, 100 won — spread over 2026-Q3.
 * Deterministic, so a test can state exactly what the metrics must say.
 */
public final class DemoPlan {
    public static final Instant QUARTER_START = Instant.parse("2026-07-01T00:00:00Z");
    public static final Instant QUARTER_END = Instant.parse("2026-10-01T00:00:00Z");
    public static final int LEADS = 1000;
    public static final int CONTACTED = 600;
    public static final int CONVERTED = 300;
    public static final int PROPOSAL = 150;
    public static final int WON = 100;

    private static final String[] SOURCES = {"webinar", "referral", "outbound", "website"};
    private static final String[] INDUSTRIES = {"software", "manufacturing", "finance", "retail", "healthcare"};
    private static final String[] REGIONS = {"EMEA", "NA", "APAC"};

    private DemoPlan() {}

    public static List<DemoJourney> journeys() {
        List<DemoJourney> journeys = new ArrayList<>(LEADS);
        for (int i = 0; i < LEADS; i++) {
            journeys.add(journey(i));
        }
        return journeys;
    }

    private static DemoJourney journey(int i) {
        Instant created = QUARTER_START.plus(Duration.ofHours(8 + 2L * i));
        Instant contacted = i < CONTACTED ? created.plus(Duration.ofHours(24 + i % 5)) : null;
        Instant converted = i < CONVERTED ? created.plus(Duration.ofDays(3)) : null;
        Instant proposal = i < PROPOSAL ? created.plus(Duration.ofDays(6).plusHours(i % 7)) : null;
        Instant won = i < WON ? created.plus(Duration.ofDays(10L + i % 10)) : null;
        Instant disqualified = null;
        Instant lost = null;
        String reason = null;
        String competitor = null;
        if (i >= WON && i < WON + 30) {
            lost = created.plus(Duration.ofDays(12));
            reason = "price";
            competitor = "Globex";
        } else if (i >= PROPOSAL && i < PROPOSAL + 20) {
            lost = created.plus(Duration.ofDays(8));
            reason = "budget";
        } else if (i >= CONVERTED && i < CONVERTED + 30) {
            disqualified = created.plus(Duration.ofDays(4));
            reason = "no need";
        } else if (i >= CONTACTED && i < CONTACTED + 100) {
            disqualified = created.plus(Duration.ofDays(2));
            reason = "bad timing";
        }
        Map<String, Object> dimensions = Map.of(
                "source", SOURCES[i % SOURCES.length],
                "industry", INDUSTRIES[i % INDUSTRIES.length],
                "region", REGIONS[i % REGIONS.length],
                "ownerId", "rep-" + (i % 25),
                "teamId", "team-" + (i % 5));
        return new DemoJourney(
                i,
                dimensions,
                created,
                contacted,
                disqualified,
                converted,
                5000L + (i % 20) * 1000L,
                proposal,
                won,
                lost,
                reason,
                competitor);
    }
}
