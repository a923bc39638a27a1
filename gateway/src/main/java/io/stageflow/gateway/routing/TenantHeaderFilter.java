package io.stageflow.gateway.routing;

import java.util.Locale;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Drops every client-sent {@code X-Tenant*} header from proxied requests. The tenant is taken
 * only from the validated JWT; a header that survived the gateway could be mistaken for it by a
 * downstream service. A headers filter (rather than a route filter) applies to every route,
 * including routes added later.
 */
@Component
class TenantHeaderFilter implements HttpHeadersFilter {

    private static final String TENANT_HEADER_PREFIX = "x-tenant";

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders filtered = new HttpHeaders();
        input.forEach((name, values) -> {
            if (!name.toLowerCase(Locale.ROOT).startsWith(TENANT_HEADER_PREFIX)) {
                filtered.addAll(name, values);
            }
        });
        return filtered;
    }
}
