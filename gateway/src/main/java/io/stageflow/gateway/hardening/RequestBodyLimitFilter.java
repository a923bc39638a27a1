package io.stageflow.gateway.hardening;

import io.stageflow.gateway.problem.ProblemWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over {@code stageflow.request-body.max-size} with 413. A declared
 * Content-Length is refused before anything is read or authenticated. A body without one
 * (chunked) is counted while it streams and cut off once it passes the limit; Spring Cloud
 * Gateway's RequestSize filter checks only the header and would let it through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestBodyLimitFilter implements WebFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    RequestBodyLimitFilter(RequestBodyProperties properties, ProblemWriter problems) {
        this.maxBytes = properties.maxSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(exchange, new RequestBodyTooLarge(maxBytes).getBody());
        }
        if (declared >= 0) {
            // HTTP framing ends the body at the declared length.
            return chain.filter(exchange);
        }
        return chain.filter(
                exchange.mutate().request(counted(exchange.getRequest())).build());
    }

    private ServerHttpRequest counted(ServerHttpRequest request) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(new RequestBodyTooLarge(maxBytes));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
    }
}
