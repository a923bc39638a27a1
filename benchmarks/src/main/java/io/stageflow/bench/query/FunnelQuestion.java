package io.stageflow.bench.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.bench.org.OrgSize;
import io.stageflow.bench.org.OrgVocabulary;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cohort funnel over every stage ({@code match=reached}, docs/metrics.md): of the journeys that
 * started in the range in one lead source, how many got to each stage or past it. In SQL a journey
 * is a lead with the opportunity it converted into, found through the opening's lead id.
 */
final class FunnelQuestion implements Question {
    static final List<String> STAGES =
            List.of("NEW", "CONTACTED", "NEEDS_ANALYSIS", "PROPOSAL", "QUOTE", "NEGOTIATION", "WON");

    private static final String SQL =
            """
            WITH opened AS (
                SELECT aggregate_id AS opportunity, lead_id FROM events
                WHERE tenant = ? AND event_type = 'stageflow.opportunity.opened.v1'),
            steps AS (
                SELECT coalesce(o.lead_id, e.aggregate_id) AS journey, e.event_type, e.occurred_at, e.stage_to,
                       e.source, o.opportunity IS NOT NULL AND o.lead_id IS NULL AS without_lead
                FROM events e LEFT JOIN opened o ON e.aggregate_id = o.opportunity
                WHERE e.tenant = ? AND e.aggregate_type IN ('lead', 'opportunity')),
            journeys AS (
                SELECT journey,
                       min(occurred_at) FILTER (WHERE event_type = 'stageflow.lead.created.v1'
                           OR (event_type = 'stageflow.opportunity.opened.v1' AND without_lead)) AS started,
                       coalesce(max(source) FILTER (WHERE event_type = 'stageflow.opportunity.opened.v1'),
                                max(source) FILTER (WHERE event_type = 'stageflow.lead.created.v1')) AS source,
                       max(CASE stage_to WHEN 'NEW' THEN 0 WHEN 'CONTACTED' THEN 1 WHEN 'NEEDS_ANALYSIS' THEN 2
                           WHEN 'PROPOSAL' THEN 3 WHEN 'QUOTE' THEN 4 WHEN 'NEGOTIATION' THEN 5
                           WHEN 'WON' THEN 6 END) AS furthest
                FROM steps GROUP BY journey)
            SELECT count(*) FILTER (WHERE furthest >= 0) AS "NEW",
                   count(*) FILTER (WHERE furthest >= 1) AS "CONTACTED",
                   count(*) FILTER (WHERE furthest >= 2) AS "NEEDS_ANALYSIS",
                   count(*) FILTER (WHERE furthest >= 3) AS "PROPOSAL",
                   count(*) FILTER (WHERE furthest >= 4) AS "QUOTE",
                   count(*) FILTER (WHERE furthest >= 5) AS "NEGOTIATION",
                   count(*) FILTER (WHERE furthest >= 6) AS "WON"
            FROM journeys WHERE started >= ? AND started < ? AND source = ?
            """;

    @Override
    public String name() {
        return "funnel";
    }

    @Override
    public String dimension() {
        return "source";
    }

    @Override
    public List<String> values(OrgSize size) {
        return OrgVocabulary.SOURCES;
    }

    @Override
    public String path(String tenant, QueryParams p) {
        return "/api/metrics/funnel?from=" + p.from() + "&to=" + p.to() + "&stages=" + String.join(",", STAGES)
                + "&source=" + Questions.encode(p.filter());
    }

    @Override
    public List<Map<String, Object>> askDuckDb(Connection duckdb, String tenant, QueryParams p) {
        return Duck.query(duckdb, SQL, tenant, tenant, Questions.start(p.from()), Questions.start(p.to()), p.filter());
    }

    @Override
    public List<Agreement> compare(JsonNode service, List<Map<String, Object>> duckdb) {
        List<Agreement> agreements = new ArrayList<>();
        for (JsonNode stage : service.path("stages")) {
            String name = stage.path("stage").asText();
            agreements.add(
                    new Agreement(name(), name, stage.path("count").asDouble(), Duck.number(duckdb.get(0), name), 0));
        }
        return agreements;
    }
}
