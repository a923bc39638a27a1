package io.stageflow.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.bench.Latencies;
import io.stageflow.bench.http.Api;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * P6: commands through the gateway at a constant rate: leads created ({@code POST /api/leads}), then
 * those leads moved from NEW to CONTACTED ({@code POST /api/leads/{id}/stage}), each lead once. First
 * the same two commands are timed one at a time (a 25th of the window's requests each): a command's
 * own latency without queueing, which also warms the command path before the rate is applied.
 */
public final class CommandLoad {
    private CommandLoad() {}

    public record Result(LoadOutcome create, LoadOutcome move, Latencies createAlone, Latencies moveAlone) {}

    public static Result run(String gatewayUrl, String tenant, LoadPlan plan) {
        LoadUsers users = new LoadUsers(gatewayUrl, tenant, 4);
        List<String> created = new CopyOnWriteArrayList<>();
        String first = users.as(gatewayUrl, 0)
                .postJson("/api/leads", LoadUsers.lead(0))
                .path("leadId")
                .asText();
        int alone = plan.perSecond() * (int) Math.max(1, plan.window().toSeconds()) / 25;
        Latencies createAlone = new Latencies();
        Latencies moveAlone = new Latencies();
        oneAtATime(users.as(gatewayUrl, 0), alone, createAlone, moveAlone);
        double waitedBeforeCreate = Backlog.drain(users.as(gatewayUrl, 0), "/api/leads/" + first);
        LoadOutcome create =
                OpenLoop.run(plan, i -> users.as(gatewayUrl, i).post("/api/leads", LoadUsers.lead(i)), response -> {
                    if (response.statusCode() == 201) {
                        JsonNode body = Api.parse(response.body());
                        created.add(body.path("leadId").asText());
                    }
                });
        if (created.isEmpty()) {
            throw new IllegalStateException("no lead was created under load: " + create.describe());
        }
        // Each move takes a lead of its own: the same lead twice would measure the conflict between
        // them (a 409, or a wait for the aggregate's lock), not a stage move.
        LoadPlan movePlan = fitted(plan, created.size());
        double waitedBeforeMove = Backlog.drain(users.as(gatewayUrl, 0), "/api/leads/" + first);
        LoadOutcome move = OpenLoop.run(
                movePlan,
                i -> users.as(gatewayUrl, i)
                        .post("/api/leads/" + created.get((int) i) + "/stage", Map.of("stage", "CONTACTED")),
                response -> {});
        move = move.afterWaiting(waitedBeforeMove);
        if (movePlan != plan) {
            move = move.noting(String.format(
                    "only %,d leads were created for %,d moves: the window was shortened to %.1f s",
                    created.size(), plan.total(), movePlan.window().toMillis() / 1000.0));
        }
        return new Result(create.afterWaiting(waitedBeforeCreate), move, createAlone, moveAlone);
    }

    private static void oneAtATime(Api api, int leads, Latencies createAlone, Latencies moveAlone) {
        for (int i = 0; i < leads; i++) {
            long started = System.nanoTime();
            HttpResponse<String> created = api.send(api.post("/api/leads", LoadUsers.lead(i)));
            if (created.statusCode() != 201) {
                continue;
            }
            createAlone.record(System.nanoTime() - started);
            String lead = Api.parse(created.body()).path("leadId").asText();
            started = System.nanoTime();
            int moved = api.send(api.post("/api/leads/" + lead + "/stage", Map.of("stage", "CONTACTED")))
                    .statusCode();
            if (moved == 204) {
                moveAlone.record(System.nanoTime() - started);
            }
        }
    }

    /** The plan, or a shorter one with no more requests than there are leads to move. */
    static LoadPlan fitted(LoadPlan plan, int leads) {
        if (plan.total() <= leads) {
            return plan;
        }
        long perSecond = plan.perSecond();
        Duration warmUp = plan.warmUpCount() * 2 <= leads ? plan.warmUp() : Duration.ZERO;
        long windowRequests = leads - warmUp.toMillis() * perSecond / 1000;
        return new LoadPlan(
                plan.perSecond(), warmUp, Duration.ofMillis(windowRequests * 1000 / perSecond), plan.connections());
    }
}
