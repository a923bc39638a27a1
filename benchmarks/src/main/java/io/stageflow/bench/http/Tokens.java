package io.stageflow.bench.http;

import io.stageflow.platform.demo.StageflowClient;
import java.util.List;

/** Dev tokens from the gateway's local profile, as every user of the local platform gets them. */
public final class Tokens {
    /** Sees the whole tenant's records and metrics, and may read the projection's status. */
    public static final List<String> EXECUTIVE = List.of("executive", "admin");

    private Tokens() {}

    public static String executive(String gatewayUrl, String tenant, String user) {
        return StageflowClient.signIn(gatewayUrl, tenant, user, EXECUTIVE).token();
    }
}
