package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the gateway's problem answers must look like, and what they must never show a client. */
final class Problems {

    private Problems() {}

    static WebTestClient.ResponseSpec getWithToken(WebTestClient web, String path, String token) {
        return web.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    /** A refused token: 401 with the RFC 6750 challenge and a problem body. */
    static void assertInvalidToken(WebTestClient.ResponseSpec response) {
        String body = response.expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body).contains("\"status\":401");
        assertNoInternals(body);
    }

    static void assertNoInternals(String body) {
        assertThat(body)
                .as("problem body leaks internals: %s", body)
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("trace")
                .doesNotContain("org.springframework")
                .doesNotContain("com.nimbusds")
                .doesNotContain("io.stageflow");
    }
}
