package io.stageflow.bench.load;

import io.stageflow.bench.http.Api;
import io.stageflow.bench.http.Tokens;
import io.stageflow.bench.org.OrgVocabulary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Several users of one tenant, each with a token of their own: the gateway limits requests per user
 * (docs/gateway.md), so a load spread over them measures the platform, not one user's limit.
 */
final class LoadUsers {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String tenant;
    private final List<String> tokens = new ArrayList<>();

    LoadUsers(String gatewayUrl, String tenant, int users) {
        this.tenant = tenant;
        for (int user = 0; user < users; user++) {
            tokens.add(Tokens.executive(gatewayUrl, tenant, "bench-user-" + user));
        }
    }

    String tenant() {
        return tenant;
    }

    /**
     * The api at {@code baseUrl} as the user whose turn request {@code i} is. A request unanswered
     * after {@link #TIMEOUT} counts as failed, which also bounds how long an overloaded run lasts.
     */
    Api as(String baseUrl, long i) {
        return new Api(baseUrl, tokens.get((int) (i % tokens.size())), TIMEOUT);
    }

    /** A lead as a sales rep would enter it. */
    static Map<String, Object> lead(long i) {
        return Map.of(
                "source", OrgVocabulary.SOURCES.get((int) (i % OrgVocabulary.SOURCES.size())),
                "industry", OrgVocabulary.INDUSTRIES.get((int) (i % OrgVocabulary.INDUSTRIES.size())),
                "region", OrgVocabulary.REGIONS.get((int) (i % OrgVocabulary.REGIONS.size())),
                "ownerId", "rep-" + (i % 50),
                "teamId", "team-" + (i % 5));
    }
}
