package io.stageflow.metrics.projection;

/** Names in the journey read model, shared by the projection that writes it and the queries that read it. */
public final class JourneyFields {
    public static final String COLLECTION = "journeys";
    public static final String TENANT = "tenant";
    public static final String JOURNEY_ID = "journeyId";
    public static final String STARTED_AT = "startedAt";
    public static final String DIMENSIONS = "dimensions";
    public static final String FURTHEST_RANK = "furthestRank";
    public static final String WON_AT = "wonAt";
    public static final String WON_AMOUNT = "wonAmount";
    public static final String LOST_AT = "lostAt";
    public static final String DISQUALIFIED_AT = "disqualifiedAt";
    public static final String STAGES = "stages";
    public static final String ENTERED_AT = "enteredAt";
    public static final String EXITED_AT = "exitedAt";

    private JourneyFields() {}

    public static String enteredAt(Stage stage) {
        return STAGES + "." + stage.name() + "." + ENTERED_AT;
    }

    public static String exitedAt(Stage stage) {
        return STAGES + "." + stage.name() + "." + EXITED_AT;
    }
}
