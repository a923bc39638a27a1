package io.stageflow.gateway.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives a problem+json body to every error response that ends without one. Spring Cloud Gateway's
 * rate limiter (429) completes the response with a status only, and a refused CORS preflight (403)
 * is not even completed by the filter that refuses it. Outermost filter, so it sees both.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EmptyErrorBodyFilter implements WebFilter {

    private final ProblemWriter problems;

    EmptyErrorBodyFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpResponse original = exchange.getResponse();
        ServerHttpResponse response = new ServerHttpResponseDecorator(original) {
            @Override
            public Mono<Void> setComplete() {
                return isEmptyError(original) ? writeProblem(original) : super.setComplete();
            }
        };
        return chain.filter(exchange.mutate().response(response).build())
                .then(Mono.defer(() -> isEmptyError(original) ? writeProblem(original) : Mono.empty()));
    }

    private static boolean isEmptyError(ServerHttpResponse response) {
        HttpStatusCode status = response.getStatusCode();
        return status != null && status.isError() && !response.isCommitted();
    }

    private Mono<Void> writeProblem(ServerHttpResponse response) {
        HttpStatusCode status = response.getStatusCode();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        if (status.value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
            problem.setDetail(
                    "The rate limit of this user or tenant is used up; retry after the seconds in" + " Retry-After.");
        }
        return problems.write(response, problem);
    }
}
