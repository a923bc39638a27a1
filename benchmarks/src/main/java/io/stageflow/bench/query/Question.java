package io.stageflow.bench.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.bench.org.OrgSize;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * One of the five questions P3 times: asked of the metrics service over HTTP and of DuckDB in SQL
 * over the raw events, with the same parameters.
 */
interface Question {
    String name();

    /** The dimension this question is filtered by, and the values to draw from. */
    String dimension();

    List<String> values(OrgSize size);

    /** The metrics service's request path, query string included. */
    String path(String tenant, QueryParams params);

    /** DuckDB's answer, every row read; may run more than one statement. */
    List<Map<String, Object>> askDuckDb(Connection duckdb, String tenant, QueryParams params);

    /** The headline figures of both answers, side by side. */
    List<Agreement> compare(JsonNode service, List<Map<String, Object>> duckdb);
}
