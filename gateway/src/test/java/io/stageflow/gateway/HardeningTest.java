package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.gateway.RecordingBackend.Received;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

class HardeningTest extends LocalGatewayTest {

    private static final int ONE_MB = 1024 * 1024;

    @Test
    void proxiedAnswerCarriesTheSecurityHeadersAndIsNotCacheable() {
        WebTestClient.ResponseSpec response = leads(devToken("acme", "alice")).exchange();

        response.expectStatus().isOk();
        assertSecurityHeaders(response, "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void bodyOverOneMegabyteWithContentLengthIsRefusedBeforeItReachesTheService() {
        WebTestClient.ResponseSpec response = leads(devToken("acme", "alice"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[ONE_MB + 1])
                .exchange();

        assertProblem(response, 413).contains("1048576 bytes");
        assertThat(BACKEND.received()).isEmpty();
    }

    @Test
    void chunkedBodyOverOneMegabyteIsCutOffWhileItStreams() {
        // No Content-Length: 24 chunks of 64 KB, 1.5 MB in all.
        Flux<byte[]> chunks = Flux.range(0, 24).map(i -> new byte[64 * 1024]);

        WebTestClient.ResponseSpec response = leads(devToken("acme", "alice"))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, byte[].class)
                .exchange();

        assertProblem(response, 413).contains("1048576 bytes");
        assertThat(BACKEND.received()).isEmpty();
    }

    @Test
    void bodyOfExactlyOneMegabyteIsForwarded() {
        leads(devToken("acme", "alice"))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(Flux.range(0, 16).map(i -> new byte[64 * 1024]), byte[].class)
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(BACKEND.received()).extracting(Received::bodyBytes).containsExactly(ONE_MB);
    }

    static Stream<Arguments> gatewayErrors() {
        return Stream.of(
                Arguments.of("unknown path", (Call) (web, token) -> withToken(web.get(), "/no/such/path", token), 404),
                Arguments.of(
                        "actuator on the main port",
                        (Call) (web, token) -> withToken(web.get(), "/actuator/health", token),
                        404),
                Arguments.of("wrong method", (Call) (web, token) -> withToken(web.put(), "/dev/token", token), 405),
                Arguments.of(
                        "wrong media type",
                        (Call) (web, token) -> web.post()
                                .uri("/dev/token")
                                .contentType(MediaType.TEXT_PLAIN)
                                .bodyValue("tenant=acme")
                                .exchange(),
                        415),
                Arguments.of(
                        "no token",
                        (Call) (web, token) -> web.get().uri("/api/leads").exchange(),
                        401));
    }

    /** A request made with a valid token unless it says otherwise. */
    interface Call {
        WebTestClient.ResponseSpec send(WebTestClient web, String token);
    }

    private static WebTestClient.ResponseSpec withToken(
            WebTestClient.RequestHeadersUriSpec<?> method, String path, String token) {
        return method.uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gatewayErrors")
    void gatewayErrorsAreProblemsWithSecurityHeadersAndNoInternals(String name, Call call, int status) {
        WebTestClient.ResponseSpec response = call.send(web, devToken("acme", "alice"));

        assertProblem(response, status);
        assertSecurityHeaders(response, "default-src 'none'; frame-ancestors 'none'");
    }

    private WebTestClient.RequestBodySpec leads(String token) {
        return web.post().uri("/api/leads").header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertProblem(
            WebTestClient.ResponseSpec response, int status) {
        String body = response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        Problems.assertNoInternals(body);
        return assertThat(body).contains("\"status\":" + status);
    }

    private static void assertSecurityHeaders(WebTestClient.ResponseSpec response, String contentSecurityPolicy) {
        response.expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectHeader()
                .valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .expectHeader()
                .valueEquals("Content-Security-Policy", contentSecurityPolicy);
    }
}
