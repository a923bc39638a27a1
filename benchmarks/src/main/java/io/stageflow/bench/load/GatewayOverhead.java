package io.stageflow.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * P5: the same authenticated read (a lead by id, lead service) at a constant rate, first straight at
 * the service, then through the gateway with the same tokens. Both validate the JWT; the gateway's
 * extra work (its own validation, rate limits, routing, one more hop) is the difference.
 */
public final class GatewayOverhead {
    private static final int LEADS = 20;

    private GatewayOverhead() {}

    public record Result(LoadOutcome direct, LoadOutcome gateway) {}

    public static Result run(
            String gatewayUrl, String leadServiceUrl, String tenant, int perSecond, Duration warmUp, Duration window) {
        LoadUsers users = new LoadUsers(gatewayUrl, tenant, 4);
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < LEADS; i++) {
            leads.add(users.as(gatewayUrl, i)
                    .postJson("/api/leads", LoadUsers.lead(i))
                    .path("leadId")
                    .asText());
        }
        LoadOutcome direct = OpenLoop.run(
                perSecond,
                warmUp,
                window,
                i -> users.as(leadServiceUrl, i).get("/api/leads/" + leads.get((int) (i % LEADS))),
                response -> {});
        LoadOutcome gateway = OpenLoop.run(
                perSecond,
                warmUp,
                window,
                i -> users.as(gatewayUrl, i).get("/api/leads/" + leads.get((int) (i % LEADS))),
                response -> {});
        return new Result(direct, gateway);
    }
}
