package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageflow.gateway.devtoken.DevTokensInProductionException;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LocalProfileGuardTest {

    @ParameterizedTest(name = "profiles [{0}]")
    @ValueSource(strings = {"local,prod", "prod,local", "staging,local,prod"})
    void gatewayRefusesToStartWithDevTokensNextToProd(String profiles, CapturedOutput output) {
        SpringApplicationBuilder gateway = new SpringApplicationBuilder(GatewayApplication.class);

        assertThatThrownBy(() -> gateway.run(
                        "--spring.profiles.active=" + profiles, "--server.port=0", "--management.server.port=0"))
                .isInstanceOf(DevTokensInProductionException.class)
                .hasMessageContaining("must never run together with 'prod'");
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Remove 'local' from spring.profiles.active");
    }
}
