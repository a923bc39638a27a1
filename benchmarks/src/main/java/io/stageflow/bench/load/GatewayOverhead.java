package io.stageflow.bench.load;

import io.stageflow.bench.Latencies;
import io.stageflow.bench.http.Api;
import java.util.ArrayList;
import java.util.List;

/**
 * P5: the same authenticated read (a lead by id, lead service) at a constant rate, first straight at
 * the service, then through the gateway with the same tokens. Both validate the JWT; the gateway's
 * extra work (its own validation, rate limits, routing, one more hop) is the difference. Before the
 * constant-rate runs the same read is timed one request at a time both ways (a 25th of the
 * window's requests): the difference without any queueing.
 */
public final class GatewayOverhead {
    private static final int LEADS = 20;

    private GatewayOverhead() {}

    /**
     * @param directAlone the same read one at a time, straight: the service's own latency without
     *     queueing, so the gateway's cost still shows when the rate saturates the machine
     */
    public record Result(LoadOutcome direct, LoadOutcome gateway, Latencies directAlone, Latencies gatewayAlone) {}

    public static Result run(String gatewayUrl, String leadServiceUrl, String tenant, LoadPlan plan) {
        LoadUsers users = new LoadUsers(gatewayUrl, tenant, 4);
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < LEADS; i++) {
            leads.add(users.as(gatewayUrl, i)
                    .postJson("/api/leads", LoadUsers.lead(i))
                    .path("leadId")
                    .asText());
        }
        int alone = plan.perSecond() * (int) Math.max(1, plan.window().toSeconds()) / 25;
        Latencies directAlone = oneAtATime(users, leadServiceUrl, leads, alone);
        Latencies gatewayAlone = oneAtATime(users, gatewayUrl, leads, alone);
        LoadOutcome direct = OpenLoop.run(
                plan,
                i -> users.as(leadServiceUrl, i).get("/api/leads/" + leads.get((int) (i % LEADS))),
                response -> {});
        double waited = Backlog.drain(users.as(leadServiceUrl, 0), "/api/leads/" + leads.get(0));
        LoadOutcome gateway = OpenLoop.run(
                plan, i -> users.as(gatewayUrl, i).get("/api/leads/" + leads.get((int) (i % LEADS))), response -> {});
        return new Result(direct, gateway.afterWaiting(waited), directAlone, gatewayAlone);
    }

    private static Latencies oneAtATime(LoadUsers users, String baseUrl, List<String> leads, int requests) {
        Latencies latencies = new Latencies();
        for (int i = 0; i < requests; i++) {
            Api api = users.as(baseUrl, i);
            long started = System.nanoTime();
            int status = api.send(api.get("/api/leads/" + leads.get(i % LEADS))).statusCode();
            if (status == 200) {
                latencies.record(System.nanoTime() - started);
            }
        }
        return latencies;
    }
}
