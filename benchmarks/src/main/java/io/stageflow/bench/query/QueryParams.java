package io.stageflow.bench.query;

import java.time.LocalDate;

/**
 * The random parameters of one question: a year-long range of days [{@code from}, {@code to}) inside
 * the data, a day for the pipeline, a calendar year for the leaderboard, and one filter value.
 */
public record QueryParams(LocalDate from, LocalDate to, LocalDate asOf, int year, String filter) {}
