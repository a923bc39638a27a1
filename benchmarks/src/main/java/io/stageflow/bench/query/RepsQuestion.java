package io.stageflow.bench.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.bench.org.OrgSize;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A team's rep leaderboard for a calendar year: per rep, wins and standing losses of the team's deals
 * closed in the year, won amount in euros, mean sales cycle, the rep's quota for exactly that year
 * and attainment, ordered by wins. The generated deals never change owner, so the owner at the
 * close is the owner at the opening.
 */
final class RepsQuestion implements Question {
    private static final String SQL =
            """
            WITH deals AS (
                SELECT aggregate_id, rep, occurred_at AS opened_at FROM events
                WHERE tenant = ? AND event_type = 'stageflow.opportunity.opened.v1' AND team = ?),
            reopens AS (
                SELECT aggregate_id, max(seq) AS seq FROM events
                WHERE tenant = ? AND event_type = 'stageflow.opportunity.reopened.v1' GROUP BY aggregate_id),
            closes AS (
                SELECT d.rep, e.event_type, e.amount, e.currency, e.seq, e.aggregate_id,
                       (epoch_ms(e.occurred_at) - epoch_ms(d.opened_at)) / 86400000.0 AS days
                FROM events e JOIN deals d USING (aggregate_id)
                WHERE e.tenant = ? AND e.event_type IN ('stageflow.opportunity.won.v1', 'stageflow.opportunity.lost.v1')
                  AND e.occurred_at >= ? AND e.occurred_at < ?),
            board AS (
                SELECT c.rep,
                       count(*) FILTER (WHERE c.event_type = 'stageflow.opportunity.won.v1') AS won,
                       count(*) FILTER (WHERE c.event_type = 'stageflow.opportunity.lost.v1'
                                          AND (r.seq IS NULL OR r.seq < c.seq)) AS lost,
                       sum(c.amount) FILTER (WHERE c.event_type = 'stageflow.opportunity.won.v1'
                                               AND c.currency = 'EUR') AS won_eur,
                       avg(c.days) FILTER (WHERE c.event_type = 'stageflow.opportunity.won.v1') AS cycle_mean_days
                FROM closes c LEFT JOIN reopens r USING (aggregate_id) GROUP BY c.rep),
            quotas AS (
                SELECT rep, arg_max(amount, seq) AS quota FROM events
                WHERE tenant = ? AND event_type = 'stageflow.plan.quota-set.v1' AND period = ? GROUP BY rep)
            SELECT b.rep, b.won, b.lost, b.won_eur, b.cycle_mean_days, q.quota, b.won_eur / q.quota AS attainment
            FROM board b LEFT JOIN quotas q USING (rep) ORDER BY b.won DESC, b.rep
            """;

    @Override
    public String name() {
        return "reps";
    }

    @Override
    public String dimension() {
        return "team";
    }

    @Override
    public List<String> values(OrgSize size) {
        List<String> teams = new ArrayList<>();
        for (int team = 0; team < size.teams(); team++) {
            teams.add(size.team(team));
        }
        return teams;
    }

    @Override
    public String path(String tenant, QueryParams p) {
        return "/api/metrics/reps?period=" + p.year() + "&team=" + Questions.encode(p.filter());
    }

    @Override
    public List<Map<String, Object>> askDuckDb(Connection duckdb, String tenant, QueryParams p) {
        var from = Questions.start(java.time.LocalDate.of(p.year(), 1, 1));
        var to = Questions.start(java.time.LocalDate.of(p.year() + 1, 1, 1));
        return Duck.query(
                duckdb, SQL, tenant, p.filter(), tenant, tenant, from, to, tenant, Integer.toString(p.year()));
    }

    @Override
    public List<Agreement> compare(JsonNode service, List<Map<String, Object>> duckdb) {
        double won = 0;
        double lost = 0;
        for (JsonNode entry : service.path("entries")) {
            won += entry.path("won").asDouble();
            lost += entry.path("lost").asDouble();
        }
        String topService = service.path("entries").path(0).path("value").asText("");
        String topDuck = duckdb.isEmpty() ? "" : String.valueOf(duckdb.get(0).get("rep"));
        return List.of(
                new Agreement(
                        name(),
                        "won (all reps)",
                        won,
                        duckdb.stream().mapToDouble(r -> Duck.number(r, "won")).sum(),
                        0),
                new Agreement(
                        name(),
                        "lost (all reps)",
                        lost,
                        duckdb.stream().mapToDouble(r -> Duck.number(r, "lost")).sum(),
                        0),
                new Agreement(name(), "same leader (1 = yes)", 1, topService.equals(topDuck) ? 1 : 0, 0));
    }
}
