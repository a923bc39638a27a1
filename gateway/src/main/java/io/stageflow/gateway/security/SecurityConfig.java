package io.stageflow.gateway.security;

import io.stageflow.gateway.apidocs.ApiDocsProperties;
import io.stageflow.gateway.problem.ProblemWriter;
import org.springframework.boot.actuate.autoconfigure.security.reactive.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * One filter chain for the whole gateway. The JWT decoder comes from Spring Boot's resource
 * server auto-configuration ({@code spring.security.oauth2.resourceserver.jwt.*}), or, in the
 * local profile, from the in-memory dev key.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityWebFilterChain gatewaySecurity(
            ServerHttpSecurity http, ProblemWriter problems, CorsProperties cors, ApiDocsProperties apiDocs) {
        var entryPoint = new ProblemAuthenticationEntryPoint(problems);
        var corsSource = new UrlBasedCorsConfigurationSource();
        // Registered even with no origin listed, so that CORS requests are refused rather than ignored.
        corsSource.registerCorsConfiguration("/**", cors.toConfiguration());
        return http
                // Stateless bearer-token API: no cookies to protect, no session to remember.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // hardening/SecurityHeadersFilter writes them on every response, not only these.
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .cors(spec -> spec.configurationSource(corsSource))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> {
                    exchanges
                            .matchers(EndpointRequest.to("health", "prometheus"))
                            .permitAll()
                            // Handlers exist only in the local profile; elsewhere these paths are 404.
                            .pathMatchers(HttpMethod.POST, "/dev/token")
                            .permitAll()
                            .pathMatchers(HttpMethod.GET, "/.well-known/jwks.json", "/.well-known/openid-configuration")
                            .permitAll();
                    if (!apiDocs.requireToken()) {
                        exchanges
                                .pathMatchers(HttpMethod.GET, ApiDocsProperties.PATHS)
                                .permitAll();
                    }
                    exchanges.anyExchange().authenticated();
                })
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint))
                .oauth2ResourceServer(resourceServer ->
                        resourceServer.authenticationEntryPoint(entryPoint).jwt(Customizer.withDefaults()))
                .build();
    }
}
