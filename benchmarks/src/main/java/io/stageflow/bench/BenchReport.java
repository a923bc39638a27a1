package io.stageflow.bench;

import io.stageflow.bench.query.Agreement;
import io.stageflow.bench.report.Figure;
import java.util.List;

/**
 * A finished run: the header line, the figures and the DuckDB/service comparisons, and the
 * markdown block written to the report file.
 */
public record BenchReport(
        String label, String header, List<Figure> figures, List<Agreement> agreements, String markdown) {}
