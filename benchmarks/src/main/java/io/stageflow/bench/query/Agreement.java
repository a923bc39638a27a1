package io.stageflow.bench.query;

/** One headline figure as the metrics service and DuckDB answered the same question. */
public record Agreement(String question, String figure, double service, double duckdb, double tolerance) {
    public boolean agrees() {
        return Math.abs(service - duckdb) <= tolerance;
    }

    public String describe() {
        String both = String.format("%s %s: service %s, DuckDB %s", question, figure, format(service), format(duckdb));
        return agrees() ? both + " (agree)" : both + " (DIFFER by " + format(service - duckdb) + ")";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.format("%,.0f", value) : String.format("%,.4f", value);
    }
}
