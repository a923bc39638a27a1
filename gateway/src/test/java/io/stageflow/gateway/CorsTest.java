package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** This context lists one origin in stageflow.cors.allowed-origins; NonLocalProfileTest lists none. */
class CorsTest extends LocalGatewayTest {

    @Test
    void preflightFromTheListedOriginIsAnsweredWithoutAToken() {
        preflight(ALLOWED_ORIGIN)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED_ORIGIN)
                .expectHeader()
                .value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods)
                        .contains("POST"))
                .expectHeader()
                .value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers -> assertThat(headers.toLowerCase())
                        .contains("authorization"));
    }

    @Test
    void requestFromTheListedOriginMayReadTheAnswerAndTheLimitHeaders() {
        web.get()
                .uri("/api/leads")
                .header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + devToken("acme", "alice"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED_ORIGIN)
                .expectHeader()
                .value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                        .contains("Retry-After", "X-RateLimit-Remaining"));
    }

    @Test
    void preflightFromAnotherOriginIsAForbiddenProblem() {
        assertRefusedOrigin(preflight("https://evil.example"));
    }

    @Test
    void requestFromAnotherOriginIsRefusedBeforeReachingTheService() {
        assertRefusedOrigin(web.get()
                .uri("/api/leads")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + devToken("acme", "alice"))
                .exchange());
        assertThat(BACKEND.received()).isEmpty();
    }

    private WebTestClient.ResponseSpec preflight(String origin) {
        return preflight(web, origin);
    }

    static WebTestClient.ResponseSpec preflight(WebTestClient web, String origin) {
        return web.options()
                .uri("/api/leads")
                .header(HttpHeaders.ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpMethod.POST.name())
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange();
    }

    static void assertRefusedOrigin(WebTestClient.ResponseSpec response) {
        response.expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(403);
    }
}
