package io.stageflow.gateway.routing;

import io.stageflow.gateway.hardening.RequestBodyTooLarge;
import io.stageflow.gateway.problem.ProblemWriter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Turns proxying failures into problem+json. Without it a refused connection surfaces as a 500
 * from Boot's default handler, which tells the client nothing about retrying. Runs before Boot's
 * handler (order -1); anything it does not recognise is passed on unchanged.
 *
 * <p>A service that cannot take a connection (refused, or not accepted within the connect timeout
 * because its accept queue is full) is a 503 with {@code Retry-After}: nothing reached it. A
 * connection that breaks after the request went out (reset by an overloaded service, closed early)
 * is a 502: the request may have taken effect, so the client retries with its Idempotency-Key.
 * Under load a benchmark saw 175 such resets answered as 500, a fault of ours by its status.
 */
@Component
@Order(-2)
class DownstreamErrorHandler implements WebExceptionHandler {
    /** Long enough for a restarting or overloaded service to take connections again. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final ProblemWriter problems;

    DownstreamErrorHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        if (hasCause(ex, ConnectException.class) || hasCause(ex, UnknownHostException.class)) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return problems.write(
                    exchange,
                    ProblemDetail.forStatusAndDetail(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "The service behind this path is not reachable; retry later."));
        }
        RequestBodyTooLarge tooLarge = cause(ex, RequestBodyTooLarge.class);
        if (tooLarge != null) {
            // Raised while the body streams to the service, so it may arrive wrapped.
            return problems.write(exchange, tooLarge.getBody());
        }
        if (hasCause(ex, PrematureCloseException.class) || hasCause(ex, IOException.class)) {
            return problems.write(
                    exchange,
                    ProblemDetail.forStatusAndDetail(
                            HttpStatus.BAD_GATEWAY,
                            "The service behind this path broke off the connection; the request may or may not"
                                    + " have taken effect. Retry it with the same Idempotency-Key if it had one."));
        }
        if (ex instanceof ResponseStatusException status) {
            // Includes the gateway's own 504 on response timeout and 404 for unrouted paths.
            exchange.getResponse().getHeaders().addAll(status.getHeaders());
            return problems.write(exchange, status.getBody());
        }
        return Mono.error(ex);
    }

    private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
        return cause(ex, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
