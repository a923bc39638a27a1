package io.stageflow.gateway;

import io.stageflow.localinfra.LocalOidcProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The identity provider changes its signing key while the gateway runs. The gateway caches the key
 * set and fetches it again when a token names a kid it does not know.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class JwksRotationTest {

    static final LocalOidcProvider IDP = LocalOidcProvider.start();
    static final RecordingBackend BACKEND = RecordingBackend.start();

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", IDP::issuerUri);
        registry.add("stageflow.routes.lead-service", BACKEND::baseUrl);
    }

    @AfterAll
    static void stopProvider() {
        IDP.close();
    }

    @Autowired
    WebTestClient web;

    @Test
    void tokensOfTheNewKeyAreAcceptedWithoutRestartAndTheWithdrawnKeyIsRefused() {
        String beforeRotation = IDP.token("acme", "alice");
        callLeads(beforeRotation).expectStatus().isOk();

        IDP.rotateKey();
        String afterRotation = IDP.sign(IDP.validClaims("acme", "alice"));

        callLeads(afterRotation).expectStatus().isOk();
        Problems.assertInvalidToken(callLeads(beforeRotation));
    }

    private WebTestClient.ResponseSpec callLeads(String token) {
        return Problems.getWithToken(web, "/api/leads", token);
    }
}
