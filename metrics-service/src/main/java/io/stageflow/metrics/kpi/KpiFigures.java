package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.FigureNames;
import java.util.ArrayList;
import java.util.List;

/** The names of the KPI figures and families, shared by the facts that write them and the queries. */
final class KpiFigures {
    /** Opportunity facts: openings, qualifications, wins and losses. */
    static final String DEALS = "deals";
    /** Lead facts: creations and conversions. */
    static final String LEADS = "leads";
    /** Journey facts: the funnel's paths ({@link JourneyFacts}). */
    static final String JOURNEYS = "journeys";

    /** Account facts: customers, purchases, churn, renewals. */
    static final String ACCOUNTS = "accounts";
    /** Plan facts: marketing spend per period. */
    static final String PLANS = "plans";

    static final String NEW_CUSTOMERS = "newCustomers";
    static final String WON_BACK = "wonBack";
    static final String CUSTOMERS = "customers";
    static final String PURCHASES = "purchases";
    static final String CHURNED = "churned";
    static final String RENEWED = "renewed";

    static final String CREATED = "created";
    static final String CONVERTED = "converted";
    static final String OPENED = "opened";
    static final String QUALIFIED = "qualified";
    static final String WON = "won";
    static final String LOST = "lost";
    static final String WON_QUALIFIED = "wonQualified";
    static final String LOST_QUALIFIED = "lostQualified";

    /** The kinds of {@link #tally}: the pipeline waterfall's terms, stage moves, close-date moves. */
    static final String FLOW = "flow";

    static final String MOVE = "move";
    static final String CLOSE_DATE = "closeDate";

    private KpiFigures() {}

    /** The sum of won amounts in one currency: amounts in different currencies are never added. */
    static String wonAmount(String currency) {
        return FigureNames.of("wonAmount", currency);
    }

    /** How many wins {@link #wonAmount} sums, to average it. */
    static String wonIn(String currency) {
        return FigureNames.of("wonIn", currency);
    }

    static String lostReason(String reason) {
        return FigureNames.of("lostReason", reason);
    }

    static String lostAtStage(String stage) {
        return FigureNames.of("lostAtStage", stage);
    }

    static String lostTo(String competitor) {
        return FigureNames.of("lostTo", competitor);
    }

    /** Open deals in a stage: a running sum of daily changes, so its total up to a day is "as of" that day. */
    static String openIn(String stage) {
        return FigureNames.of("openIn", stage);
    }

    /** Open deals' value in a stage, per currency; the currency is three letters, so it parses back. */
    static String openValue(String currency, String stage) {
        return FigureNames.of("openValue", currency + ":" + stage);
    }

    /**
     * Open deals by the day they entered their stage, counted in that day's cell: summed over all
     * days it is the deals in each stage now, and each day's count has the age today minus that day.
     */
    static String inStage(String stage) {
        return FigureNames.of("inStage", stage);
    }

    static String purchasesIn(String currency) {
        return FigureNames.of("purchasesIn", currency);
    }

    static String purchaseAmount(String currency) {
        return FigureNames.of("purchaseAmount", currency);
    }

    /** A rep's or team's quota for one period (its value, e.g. 2026-Q3), in one currency. */
    static String quota(String period, String currency) {
        return FigureNames.of("quota", period + ":" + currency);
    }

    /**
     * Open deals' amount by expected close month, pipeline version and stage: a running sum like the
     * pipeline's. The part is {@code month|currency|version|pipelineId|stage}, the stage last because
     * it is free text.
     */
    static String forecast(String month, String currency, int version, String pipelineId, String stage) {
        return FigureNames.of(
                "forecast", String.join("|", month, currency, Integer.toString(version), pipelineId, stage));
    }

    /** Deals closed after being in a stage, and how many of them were won: the learned win probability. */
    static String closedVia(String stage) {
        return FigureNames.of("closedVia", stage);
    }

    static String wonVia(String stage) {
        return FigureNames.of("wonVia", stage);
    }

    /**
     * How many changes of one {@code kind} with one {@code key}: {@link #FLOW} (the pipeline
     * waterfall's terms), {@link #MOVE} (stage moves) or {@link #CLOSE_DATE} (slips and pull-ins).
     * Keys are free text (stage names), so they are kept as escaped parts.
     */
    static String tally(String kind, List<String> key) {
        return FigureNames.ofParts(kind, key);
    }

    /** The amounts of the changes {@link #tally} counts, in one currency. */
    static String tallyValue(String kind, List<String> key, String currency) {
        List<String> parts = new ArrayList<>(key);
        parts.add(currency);
        return FigureNames.ofParts(kind + "Value", parts);
    }

    static String spend(String currency) {
        return FigureNames.of("spend", currency);
    }

    /** The part after the prefix, as {@link FigureNames#of} stored it; null for another prefix. */
    static String partOf(String prefix, String name) {
        return FigureNames.partOf(prefix, name);
    }
}
