package io.stageflow.bench.query;

import io.stageflow.bench.Latencies;
import java.util.List;

/**
 * P3 for one question: the metrics service's latencies (HTTP, sequential) and DuckDB's (SQL, the
 * first of the same parameters), the non-2xx answers, and the headline figures compared once.
 */
public record QueryTiming(
        String question,
        String dimension,
        Latencies service,
        int serviceErrors,
        Latencies duckdb,
        List<Agreement> agreements) {}
