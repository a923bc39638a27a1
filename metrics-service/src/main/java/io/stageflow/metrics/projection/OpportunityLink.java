package io.stageflow.metrics.projection;

/** Which journey an opportunity belongs to: its lead's, or its own when it was opened without a lead. */
public record OpportunityLink(TenantScopedId opportunity, String journeyId) {}
