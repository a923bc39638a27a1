package io.stageflow.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ConnectTimeoutException;
import io.stageflow.gateway.problem.ProblemWriter;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** What a client sees when the service behind a path fails the gateway's proxied request. */
class DownstreamErrorHandlerTest {
    private final DownstreamErrorHandler handler = new DownstreamErrorHandler(new ProblemWriter(new ObjectMapper()));

    private MockServerWebExchange failedWith(Throwable failure) {
        MockServerWebExchange exchange =
                MockServerWebExchange.from(MockServerHttpRequest.post("/api/leads/lead-1/stage"));
        handler.handle(exchange, failure).block();
        return exchange;
    }

    /** As Reactor Netty reports a connection the service reset after the request was written. */
    @Test
    void aConnectionResetByTheServiceIsBadGatewayNotAnInternalError() {
        MockServerWebExchange exchange =
                failedWith(new IOException("recvAddress(..) failed: Connection reset by peer"));

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(502);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"status\":502", "Idempotency-Key")
                .doesNotContain("Connection reset");
    }

    /** A service whose accept queue is full does not take the connection within the connect timeout. */
    @Test
    void aServiceThatTakesNoConnectionIsUnavailableWithRetryAfter() {
        MockServerWebExchange exchange =
                failedWith(new ConnectTimeoutException("connection timed out after 2000 ms: localhost/127.0.0.1:8081"));

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(503);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                .isEqualTo(DownstreamErrorHandler.RETRY_AFTER_SECONDS);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"status\":503");
    }
}
