package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Outside the local profile nothing issues a token or publishes a key, whatever else is active. */
class DevTokensOutsideLocalTest {

    @ParameterizedTest(name = "profiles [{0}]")
    @ValueSource(strings = {"", "prod"})
    void devTokenAndKeySetAreNotFoundProblems(String profiles) {
        try (ConfigurableApplicationContext gateway = start(profiles)) {
            WebTestClient web = WebTestClient.bindToServer()
                    .baseUrl("http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port"))
                    .build();

            String tokenAnswer = web.post()
                    .uri("/dev/token")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"tenant\":\"acme\",\"user\":\"alice\"}")
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(tokenAnswer).contains("\"status\":404").doesNotContain("access_token");

            web.get()
                    .uri("/.well-known/jwks.json")
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.keys")
                    .doesNotExist();

            web.get()
                    .uri("/.well-known/openid-configuration")
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectBody()
                    .jsonPath("$.jwks_uri")
                    .doesNotExist();
        }
    }

    private static ConfigurableApplicationContext start(String profiles) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:"
                        + RecordingBackend.closedPort()));
        if (!profiles.isEmpty()) {
            args.add("--spring.profiles.active=" + profiles);
        }
        return new SpringApplicationBuilder(GatewayApplication.class).run(args.toArray(String[]::new));
    }
}
