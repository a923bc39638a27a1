package io.stageflow.events;

/**
 * The attributes metrics are sliced by. Carried on the event that starts a journey and on the
 * conversion, so consumers never have to call back into a service to learn them.
 */
public record Dimensions(String source, String industry, String region, String ownerId, String teamId) {}
