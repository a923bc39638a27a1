package io.stageflow.gateway.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the Swagger UI and the services' OpenAPI documents need a token
 * ({@code stageflow.api-docs.require-token}). Open by default: they describe the API, not data,
 * and every call made from the UI needs a token anyway.
 */
@ConfigurationProperties("stageflow.api-docs")
public record ApiDocsProperties(@DefaultValue("false") boolean requireToken) {

    /** The UI pages, its configuration and the documents routed to the services. */
    public static final String[] PATHS = {
        "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**"
    };
}
