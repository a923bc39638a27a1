package io.stageflow.bench.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.bench.org.OrgSize;
import io.stageflow.bench.org.OrgVocabulary;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * Win rate in one industry: wins, and standing losses (not withdrawn by a later reopen), on the
 * range's days, of the deals opened in that industry.
 */
final class WinRateQuestion implements Question {
    private static final String SQL =
            """
            WITH deals AS (
                SELECT aggregate_id, industry FROM events
                WHERE tenant = ? AND event_type = 'stageflow.opportunity.opened.v1'),
            reopens AS (
                SELECT aggregate_id, max(seq) AS seq FROM events
                WHERE tenant = ? AND event_type = 'stageflow.opportunity.reopened.v1' GROUP BY aggregate_id),
            closes AS (
                SELECT aggregate_id, event_type, seq FROM events
                WHERE tenant = ? AND event_type IN ('stageflow.opportunity.won.v1', 'stageflow.opportunity.lost.v1')
                  AND occurred_at >= ? AND occurred_at < ?)
            SELECT count(*) FILTER (WHERE c.event_type = 'stageflow.opportunity.won.v1') AS won,
                   count(*) FILTER (WHERE c.event_type = 'stageflow.opportunity.lost.v1'
                                      AND (r.seq IS NULL OR r.seq < c.seq)) AS lost
            FROM closes c JOIN deals d USING (aggregate_id) LEFT JOIN reopens r USING (aggregate_id)
            WHERE d.industry = ?
            """;

    @Override
    public String name() {
        return "win-rate";
    }

    @Override
    public String dimension() {
        return "industry";
    }

    @Override
    public List<String> values(OrgSize size) {
        return OrgVocabulary.INDUSTRIES;
    }

    @Override
    public String path(String tenant, QueryParams p) {
        return "/api/metrics/win-rate?from=" + p.from() + "&to=" + p.to() + "&industry=" + Questions.encode(p.filter());
    }

    @Override
    public List<Map<String, Object>> askDuckDb(Connection duckdb, String tenant, QueryParams p) {
        return Duck.query(
                duckdb, SQL, tenant, tenant, tenant, Questions.start(p.from()), Questions.start(p.to()), p.filter());
    }

    @Override
    public List<Agreement> compare(JsonNode service, List<Map<String, Object>> duckdb) {
        Map<String, Object> row = duckdb.get(0);
        return List.of(
                new Agreement(name(), "won", service.path("won").asDouble(), Duck.number(row, "won"), 0),
                new Agreement(name(), "lost", service.path("lost").asDouble(), Duck.number(row, "lost"), 0));
    }
}
