package io.stageflow.kit.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.stageflow.kit.security.TenantJwtConverter;
import io.stageflow.localinfra.LocalOidcProvider;
import io.stageflow.localinfra.SharedTestInfra;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What a service's integration test needs: the shared in-process Kafka and Mongo, a database of its
 * own (so test classes never see each other's data), and a caller of a given tenant.
 */
public final class ServiceTestSupport {
    private static LocalOidcProvider identityProvider;

    private ServiceTestSupport() {}

    /**
     * The OpenID Connect provider of the tests that call a service over real HTTP, one per JVM,
     * started on first use and stopped with the JVM. A test that rotates keys starts its own.
     */
    public static synchronized LocalOidcProvider identityProvider() {
        if (identityProvider == null) {
            identityProvider = LocalOidcProvider.start();
            Runtime.getRuntime().addShutdownHook(new Thread(identityProvider::close, "test-idp-stop"));
        }
        return identityProvider;
    }

    /** Points the service at the shared infrastructure, in a fresh database per call. */
    public static void sharedInfra(DynamicPropertyRegistry registry) {
        // The stores stop after the services using them, never underneath a service still stopping.
        SharedTestInfra.stopAtExitWith(SpringApplication.getShutdownHandlers()::add);
        String database = "test-" + UUID.randomUUID();
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfra::kafkaBootstrapServers);
        registry.add("spring.data.mongodb.uri", SharedTestInfra::mongoConnectionString);
        registry.add("stageflow.mongo.database", () -> database);
    }

    /** As {@link #sharedInfra}, for a service called over real HTTP with tokens {@code provider} signs. */
    public static void sharedInfra(DynamicPropertyRegistry registry, LocalOidcProvider provider) {
        sharedInfra(registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", provider::issuerUri);
    }

    /** A JSON command posted by a user of {@code tenant}, as the services' API tests send them. */
    public static MockHttpServletRequestBuilder jsonPost(String tenant, String path, String body) {
        return post(path)
                .with(caller(tenant, "user-1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    /**
     * A request authenticated as {@code user} of {@code tenant}, as a validated JWT would be, with the
     * roles that reach every endpoint and record (executive and admin): for tests that are not about
     * who may do what. Those use {@link #caller(String, String, List, List)}.
     */
    public static RequestPostProcessor caller(String tenant, String user) {
        return caller(tenant, user, List.of("executive", "admin"), List.of());
    }

    /** A request of {@code user} of {@code tenant} with exactly these roles and teams. */
    public static RequestPostProcessor caller(String tenant, String user, List<String> roles, List<String> teams) {
        return jwt().jwt(token -> token.subject(user)
                        .claim("tenant", tenant)
                        .claim("roles", roles)
                        .claim("teams", teams))
                .authorities(jwt -> new TenantJwtConverter().convert(jwt).getAuthorities());
    }
}
