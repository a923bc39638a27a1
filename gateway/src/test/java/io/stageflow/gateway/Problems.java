package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
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

    /** A refusal by a rate limit: 429 problem with Retry-After; returns the headers to check the limit's own. */
    static HttpHeaders assertTooManyRequests(WebTestClient.ResponseSpec response) {
        EntityExchangeResult<String> result = response.expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds))
                        .isPositive())
                .expectBody(String.class)
                .returnResult();
        assertThat(result.getResponseBody()).contains("\"status\":429").contains("Retry-After");
        assertNoInternals(result.getResponseBody());
        return result.getResponseHeaders();
    }

    static long asLong(HttpHeaders headers, String name) {
        return Long.parseLong(headers.getFirst(name));
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
