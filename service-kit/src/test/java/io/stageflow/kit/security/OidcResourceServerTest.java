package io.stageflow.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.kit.testapp.KitTestApplication;
import io.stageflow.localinfra.LocalOidcProvider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service as deployed behind any OpenID Connect provider: configured by the provider's issuer URI
 * alone (discovery finds the keys), called over real HTTP with tokens the provider signed. Whoever
 * reaches a service around the gateway meets the same checks as at the gateway.
 */
@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class OidcResourceServerTest {

    static final LocalOidcProvider IDP = LocalOidcProvider.start();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void service(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry, IDP);
    }

    @AfterAll
    static void stopProvider() {
        IDP.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aProviderTokenIsAcceptedAndItsClaimsMakeTheCaller() throws Exception {
        String token = IDP.sign(IDP.validClaims("acme", "alice")
                .claim("roles", List.of("manager"))
                .claim("teams", List.of("emea")));

        HttpResponse<String> answer = get("/api/whoami", token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("acme/alice [MANAGER] [emea]");
    }

    @Test
    void aRoleTheTokenDoesNotCarryIsRefused() throws Exception {
        String rep = IDP.sign(IDP.validClaims("acme", "bob").claim("roles", List.of("rep")));

        assertThat(get("/api/whoami", rep).statusCode()).isEqualTo(403);
        assertThat(get("/api/echo", rep).body()).isEqualTo("acme:ok");
    }

    @Test
    void tokensTheServiceMustNotTrustAreRefused() throws Exception {
        assertRefused(IDP.sign(IDP.validClaims("acme", "alice").issuer("https://evil.example")));
        assertRefused(IDP.sign(IDP.validClaims("acme", "alice").audience("billing")));
        assertRefused(IDP.sign(IDP.validClaims("acme", "alice"), Duration.ofMinutes(-5)));
        assertRefused(IDP.tokenWithoutTenant("alice"));
        String genuine = IDP.token("acme", "alice");
        assertRefused(genuine.substring(0, genuine.lastIndexOf('.') + 1) + "AAAA");
        assertRefused("not-a-jwt");
    }

    @Test
    void afterTheProviderRotatesItsKeyNewTokensWorkAndTheWithdrawnKeysDoNot() throws Exception {
        String beforeRotation = IDP.token("acme", "alice");
        assertThat(get("/api/echo", beforeRotation).statusCode()).isEqualTo(200);

        IDP.rotateKey();
        String afterRotation = IDP.sign(IDP.validClaims("acme", "alice"));

        assertThat(get("/api/echo", afterRotation).statusCode()).isEqualTo(200);
        assertRefused(beforeRotation);
    }

    private void assertRefused(String token) throws Exception {
        HttpResponse<String> answer = get("/api/echo", token);
        assertThat(answer.statusCode()).as("answer to %s", token).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).doesNotContain("acme:ok");
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
