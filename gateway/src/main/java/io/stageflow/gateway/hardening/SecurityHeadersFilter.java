package io.stageflow.gateway.hardening;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Security headers on every response of the main port: proxied answers, the gateway's own, and
 * errors written by any handler, because they are set just before the response is committed.
 * Backends' values are replaced: an API answer carries tenant data and must never be cached. The
 * API answers load nothing, so their policy allows nothing; the Swagger UI pages get what they
 * need from this origin.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeadersFilter implements WebFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    private static final List<PathPattern> UI_PAGES = List.of(
            PathPatternParser.defaultInstance.parse("/swagger-ui.html"),
            PathPatternParser.defaultInstance.parse("/swagger-ui/**"),
            PathPatternParser.defaultInstance.parse("/webjars/swagger-ui/**"));

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean uiPage = UI_PAGES.stream()
                .anyMatch(page -> page.matches(exchange.getRequest().getPath().pathWithinApplication()));
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            headers.set("Content-Security-Policy", uiPage ? UI_POLICY : API_POLICY);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
