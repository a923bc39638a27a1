package io.stageflow.bench.org;

/**
 * What a generator produced.
 *
 * @param events every event written, pipeline definition and quotas included
 * @param leads leads created
 * @param opportunities leads converted into opportunities (the requested number, give or take
 *     chance and the journeys too recent to have converted yet)
 */
public record GeneratedEvents(long events, long leads, long opportunities, long won, long quotas) {}
