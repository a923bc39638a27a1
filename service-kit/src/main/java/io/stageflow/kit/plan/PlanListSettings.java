package io.stageflow.kit.plan;

/** The collection, in the service's own database, that holds the list of the figures it owns. */
public record PlanListSettings(String collection) {}
