package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stageflow.gateway.RecordingBackend.Received;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class RoutingTest extends LocalGatewayTest {

    @Test
    void requestWithoutTokenIsRejectedBeforeReachingTheService() {
        web.get()
                .uri("/api/leads/42")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.title")
                .isEqualTo("Unauthorized")
                .jsonPath("$.type")
                .isEqualTo("about:blank")
                .jsonPath("$.detail")
                .isNotEmpty();

        assertThat(BACKEND.received()).isEmpty();
    }

    @Test
    void tokenIsRelayedUnchangedAndClientTenantHeadersAreDropped() {
        String authorization = "Bearer " + devToken("acme", "alice");

        web.get()
                .uri("/api/leads/42?view=full")
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .header("X-Tenant-Id", "evil")
                .header("x-tenant-override", "evil")
                .header("X-Request-Id", "trace-1")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .json(RecordingBackend.BODY);

        assertThat(BACKEND.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/api/leads/42?view=full");
            assertThat(request.header("Authorization")).containsExactly(authorization);
            assertThat(request.headers().keySet()).noneMatch(name -> name.startsWith("x-tenant"));
            assertThat(request.header("X-Request-Id")).containsExactly("trace-1");
        });
    }

    @Test
    void opportunitiesAreRoutedToTheirService() {
        web.post()
                .uri("/api/opportunities")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + devToken("acme", "bob"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Big deal\"}")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(BACKEND.received())
                .extracting(Received::method, Received::path)
                .containsExactly(tuple("POST", "/api/opportunities"));
    }

    /** Which service answers is the end-to-end test's to show; here: each of these reaches one. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/pipelines",
                "/api/pipelines/p-1/versions",
                "/api/accounts/a-1",
                "/api/quotas",
                "/api/marketing-spend",
                "/api/reason-lists/loss",
                "/api/reason-lists/disqualify"
            })
    void processAccountAndPlanPathsAreRouted(String path) {
        web.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + devToken("acme", "alice"))
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(BACKEND.received()).extracting(Received::path).containsExactly(path);
    }

    @Test
    void aReasonListNoServiceOwnsIsNotForwarded() {
        web.get()
                .uri("/api/reason-lists/churn")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + devToken("acme", "alice"))
                .exchange()
                .expectStatus()
                .isNotFound();

        assertThat(BACKEND.received()).isEmpty();
    }

    @Test
    void unroutedPathIsNotForwarded() {
        web.get()
                .uri("/api/unknown/1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + devToken("acme", "alice"))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(BACKEND.received()).isEmpty();
    }

    /** The metrics service is the unreachable one here: its paths, the admin ones too, answer 503. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/metrics/funnel", "/api/admin/dead-letters", "/api/admin/dead-letters/opp-1"})
    void unreachableServiceAnswersServiceUnavailableProblem(String path) {
        String body = web.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + devToken("acme", "alice"))
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body).contains("\"status\":503").doesNotContain("Exception").doesNotContain("127.0.0.1");
    }
}
