package io.stageflow.kit.security;

import io.stageflow.kit.audit.CommandAuditFilter;
import io.stageflow.kit.web.IfMatch;
import io.stageflow.kit.web.ProblemResponses;
import io.stageflow.kit.web.ServerChosenTime;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is itself an OAuth2 resource server: calling it around the gateway gets nothing
 * without a valid token. Tokens must carry a valid {@code tenant} claim.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
public class ResourceServerConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain stageflowSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint problems)
            throws Exception {
        return http.csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        // The actuator lives on the management port alone, inside the cluster, and serves
                        // exactly what management.endpoints.web.exposure.include names (docs/operations.md).
                        .requestMatchers(EndpointRequest.toAnyEndpoint())
                        .permitAll()
                        // On the API port these are a plain 404: there is no actuator there.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/prometheus",
                                // The API's description, not its data: the gateway's Swagger UI reads it.
                                "/v3/api-docs",
                                "/v3/api-docs/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(new TenantJwtConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** Who sent which command, accepted or not: docs/security.md, "Audit log". */
    @Bean
    CommandAuditFilter commandAuditFilter(Clock clock) {
        return new CommandAuditFilter(clock);
    }

    /** Every command sent while serving a request carries its caller, for the aggregate to check. */
    @Bean
    CallerMetaData callerMetaData() {
        return new CallerMetaData();
    }

    /** Every command of a request that named no time says which "now" the server chose for it. */
    @Bean
    ServerChosenTime serverChosenTime() {
        return new ServerChosenTime();
    }

    /**
     * A request the firewall refuses before any handler (an encoded slash, a NUL in the path) is the
     * client's mistake: a 400 problem, not Spring Security's default of rethrowing it as a 500.
     */
    @Bean
    RequestRejectedHandler requestRejectedAsProblem() {
        return (request, response, e) -> ProblemResponses.write(
                response, HttpStatus.BAD_REQUEST, "Invalid request", "The request was rejected: " + e.getMessage());
    }

    @Bean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint() {
        return new ProblemAuthenticationEntryPoint();
    }

    @Bean
    WebMvcConfigurer tenantArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new TenantArgumentResolver());
                resolvers.add(new IfMatch.Resolver());
            }
        };
    }
}
