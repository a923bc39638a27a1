package io.stageflow.gateway.security;

import io.stageflow.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a missing or rejected bearer token with the RFC 6750 challenge and a problem+json
 * body. Spring's own {@code BearerTokenServerAuthenticationEntryPoint} sends the challenge but an
 * empty body, and completes the response so a body cannot be added afterwards.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        HttpStatusCode status = HttpStatus.UNAUTHORIZED;
        String challenge = "Bearer";
        String detail = "A valid Bearer token is required.";
        if (ex instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            status = error.getHttpStatus();
            // Error code only: descriptions can contain quotes that would break the header syntax.
            challenge = "Bearer error=\"" + error.getErrorCode() + "\"";
            detail = error.getDescription() != null ? error.getDescription() : detail;
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return problems.write(exchange, ProblemDetail.forStatusAndDetail(status, detail));
    }
}
