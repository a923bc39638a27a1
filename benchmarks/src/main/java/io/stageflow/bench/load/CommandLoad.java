package io.stageflow.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.bench.http.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * P6: commands through the gateway at a constant rate: leads created ({@code POST /api/leads}), then
 * those leads moved from NEW to CONTACTED ({@code POST /api/leads/{id}/stage}), each lead once.
 */
public final class CommandLoad {
    private CommandLoad() {}

    public record Result(LoadOutcome create, LoadOutcome move) {}

    public static Result run(String gatewayUrl, String tenant, int perSecond, Duration warmUp, Duration window) {
        LoadUsers users = new LoadUsers(gatewayUrl, tenant, 4);
        List<String> created = new CopyOnWriteArrayList<>();
        String first = users.as(gatewayUrl, 0)
                .postJson("/api/leads", LoadUsers.lead(0))
                .path("leadId")
                .asText();
        double waitedBeforeCreate = Backlog.drain(users.as(gatewayUrl, 0), "/api/leads/" + first);
        LoadOutcome create = OpenLoop.run(
                perSecond,
                warmUp,
                window,
                i -> users.as(gatewayUrl, i).post("/api/leads", LoadUsers.lead(i)),
                response -> {
                    if (response.statusCode() == 201) {
                        JsonNode body = Api.parse(response.body());
                        created.add(body.path("leadId").asText());
                    }
                });
        if (created.isEmpty()) {
            throw new IllegalStateException("no lead was created under load: " + create.describe());
        }
        // Moving a lead twice would be a 409: should fewer leads exist than moves are due, those
        // extra moves fail visibly in the counts.
        double waitedBeforeMove = Backlog.drain(users.as(gatewayUrl, 0), "/api/leads/" + first);
        LoadOutcome move = OpenLoop.run(
                perSecond,
                warmUp,
                window,
                i -> users.as(gatewayUrl, i)
                        .post(
                                "/api/leads/" + created.get((int) (i % created.size())) + "/stage",
                                Map.of("stage", "CONTACTED")),
                response -> {});
        return new Result(create.afterWaiting(waitedBeforeCreate), move.afterWaiting(waitedBeforeMove));
    }
}
