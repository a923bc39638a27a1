package io.stageflow.kit.web;

import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.security.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Every service's OpenAPI document ({@code /v3/api-docs}, readable without a token so that the
 * gateway's Swagger UI can list it) declares the bearer-JWT scheme every operation needs. The caller
 * and the tenant come from the token, so they are no parameters; nor is the If-Match header's holder.
 */
@AutoConfiguration
@ConditionalOnClass(SpringDocUtils.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiDocsConfiguration {
    public static final String BEARER = "bearer";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(TenantId.class, Caller.class, IfMatch.class);
    }

    @Bean
    OpenApiCustomizer bearerScheme(@Value("${spring.application.name:stageflow}") String service) {
        return api -> {
            if (api.getInfo() == null
                    || api.getInfo().getTitle() == null
                    || api.getInfo().getTitle().startsWith("OpenAPI definition")) {
                api.info(new Info()
                        .title("Stageflow " + service)
                        .version("v1")
                        .description("Every request needs a bearer JWT with tenant, roles and teams claims;"
                                + " docs/security.md says who may call what. Every 4xx is an RFC 9457 problem."));
            }
            if (api.getComponents() == null) {
                api.components(new Components());
            }
            api.getComponents()
                    .addSecuritySchemes(
                            BEARER,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("JWT"));
            api.setSecurity(null);
            api.addSecurityItem(new SecurityRequirement().addList(BEARER));
        };
    }
}
