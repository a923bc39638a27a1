package io.stageflow.bench.query;

import io.stageflow.bench.Latencies;
import io.stageflow.bench.http.Api;
import io.stageflow.bench.org.OrgSize;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * P3: each question asked {@code requests} times in a row of the metrics service (straight, not
 * through the gateway) and {@code duckRuns} times of DuckDB, each time with a random year-long range
 * inside the data and one random filter value; after a few unmeasured warm-up asks of each.
 */
public final class QueryBenchmark {
    private static final int WARM_UP = 3;

    private final Api metrics;
    private final Connection duckdb;
    private final OrgSize size;
    private final LocalDate firstDay;
    private final LocalDate today;
    private final PrintStream out;

    public QueryBenchmark(Api metrics, Connection duckdb, OrgSize size, Instant first, Instant now, PrintStream out) {
        this.metrics = metrics;
        this.duckdb = duckdb;
        this.size = size;
        this.firstDay = first.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
        this.today = now.atZone(ZoneOffset.UTC).toLocalDate();
        this.out = out;
    }

    public List<QueryTiming> run(int requests, int duckRuns, long seed) {
        List<QueryTiming> timings = new ArrayList<>();
        for (Question question : Questions.ALL) {
            List<QueryParams> params = parameters(question, WARM_UP + Math.max(requests, duckRuns), seed);
            timings.add(time(question, params, requests, duckRuns));
        }
        return timings;
    }

    private QueryTiming time(Question question, List<QueryParams> params, int requests, int duckRuns) {
        String tenant = size.tenant().value();
        List<QueryParams> warmUp = params.subList(0, WARM_UP);
        List<QueryParams> measured = params.subList(WARM_UP, params.size());
        warmUp.forEach(p -> {
            metrics.send(metrics.get(question.path(tenant, p)));
            question.askDuckDb(duckdb, tenant, p);
        });
        // The same question both ways, once, before anything is timed.
        QueryParams checked = measured.get(0);
        List<Agreement> agreements = question.compare(
                metrics.getJson(question.path(tenant, checked)), question.askDuckDb(duckdb, tenant, checked));
        out.printf(
                "  [P3] %s: asked with %s, %s%n", question.name(), describe(checked), question.path(tenant, checked));
        agreements.forEach(a -> out.println("       " + a.describe()));

        Latencies service = new Latencies();
        int errors = 0;
        for (QueryParams p : measured.subList(0, requests)) {
            long started = System.nanoTime();
            HttpResponse<String> response = metrics.send(metrics.get(question.path(tenant, p)));
            service.record(System.nanoTime() - started);
            if (response.statusCode() / 100 != 2) {
                errors++;
            }
        }
        Latencies duck = new Latencies();
        for (QueryParams p : measured.subList(0, duckRuns)) {
            long started = System.nanoTime();
            question.askDuckDb(duckdb, tenant, p);
            duck.record(System.nanoTime() - started);
        }
        out.printf(
                "  [P3] %s: service p50 %.2f ms p99 %.2f ms (%d asks, %d errors); DuckDB p50 %.1f ms p99 %.1f ms (%d runs)%n",
                question.name(),
                service.p50(),
                service.p99(),
                service.count(),
                errors,
                duck.p50(),
                duck.p99(),
                duck.count());
        return new QueryTiming(question.name(), question.dimension(), service, errors, duck, agreements);
    }

    /** Random, but the same for every run with the same seed. */
    private List<QueryParams> parameters(Question question, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ question.name().hashCode());
        List<String> values = question.values(size);
        LocalDate lastFrom = today.minusYears(1);
        int fromDays = (int) Math.max(1, lastFrom.toEpochDay() - firstDay.toEpochDay());
        int asOfDays = (int) Math.max(1, today.toEpochDay() - firstDay.toEpochDay());
        int firstYear = firstDay.getYear() + 1;
        List<QueryParams> params = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate from = firstDay.plusDays(random.nextInt(fromDays));
            params.add(new QueryParams(
                    from,
                    from.plusYears(1),
                    firstDay.plusDays(random.nextInt(asOfDays)),
                    firstYear + random.nextInt(today.getYear() - firstYear + 1),
                    values.get(random.nextInt(values.size()))));
        }
        return params;
    }

    private static String describe(QueryParams p) {
        return p.filter() + " " + p.from() + ".." + p.to() + " (asOf " + p.asOf() + ", year " + p.year() + ")";
    }
}
