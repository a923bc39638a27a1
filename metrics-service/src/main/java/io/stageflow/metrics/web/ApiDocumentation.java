package io.stageflow.metrics.web;

import io.stageflow.metrics.kpi.KpiDimensions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The metrics API's OpenAPI document ({@code /v3/api-docs}; the bearer scheme is every service's, from
 * ApiDocsConfiguration). The slice parameters the endpoints read from
 * their parameter map are listed for each endpoint marked {@link SliceParameters}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {
    @Bean
    OpenAPI metricsApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Stageflow metrics")
                        .version("v1")
                        .description("Sales KPIs of the caller's tenant, within the caller's scope (docs/security.md)."
                                + " Exact definitions, formulas and edge cases: docs/metrics.md. Every 4xx is an"
                                + " RFC 9457 problem."));
    }

    @Bean
    OperationCustomizer sliceParameters() {
        return (operation, handler) -> {
            SliceParameters slice = handler.getMethodAnnotation(SliceParameters.class);
            if (slice != null) {
                describe(operation, slice);
            }
            return operation;
        };
    }

    private static void describe(Operation operation, SliceParameters slice) {
        // The map itself is how the controller reads them, not a parameter of the API.
        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(p -> "parameters".equals(p.getName()));
        }
        for (String name : SliceParameters.Names.of(slice)) {
            query(
                    operation,
                    name,
                    DESCRIPTIONS.getOrDefault(
                            name,
                            "Only what counts for this " + name
                                    + " (one dimension filter at a time, or with groupBy on the same dimension)."));
        }
    }

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "from", "First day, an ISO date in the tenant's time zone (inclusive); open when absent.",
            "to", "The day after the last, an ISO date in the tenant's time zone (exclusive); open when absent.",
            "groupBy",
                    "One of " + KpiDimensions.ALL + ": one group per value (with a filter, only the"
                            + " filter's dimension).",
            "grain", "day, week, month, quarter or year: periods cut in the tenant's time zone.");

    static void query(Operation operation, String name, String description) {
        operation.addParametersItem(new Parameter()
                .in("query")
                .name(name)
                .required(false)
                .description(description)
                .schema(new StringSchema()));
    }
}
