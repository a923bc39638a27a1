package io.stageflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartAttemptsTest {
    private final List<PlatformOptions> tried = new ArrayList<>();

    @Test
    void aStartThatLostAPickedPortIsTriedAgainOnFreshPorts() {
        PlatformOptions first = PlatformOptions.ephemeral(Path.of("."));

        String started = StartAttempts.onTheirPorts(first, ports -> {
            tried.add(ports);
            if (tried.size() == 1) {
                throw new PortInUse(
                        "gateway could not bind port " + ports.servicePorts().get(Service.GATEWAY));
            }
            return "up";
        });

        assertThat(started).isEqualTo("up");
        assertThat(tried).hasSize(2);
        assertThat(tried.get(1).servicePorts().get(Service.GATEWAY))
                .isNotEqualTo(first.servicePorts().get(Service.GATEWAY));
        assertThat(tried.get(1).managementPorts()).isNotEqualTo(first.managementPorts());
    }

    @Test
    void startsThatKeepLosingTheirPortsGiveUpAfterABoundedNumberNamingTheClash() {
        assertThatThrownBy(() -> StartAttempts.onTheirPorts(PlatformOptions.ephemeral(Path.of(".")), ports -> {
                    tried.add(ports);
                    throw new PortInUse("lead-service could not bind port 4242: another process holds it");
                }))
                .hasMessageContaining("in each of " + StartAttempts.MAX + " starts")
                .hasMessageContaining("lead-service could not bind port 4242");
        assertThat(tried).hasSize(StartAttempts.MAX);
    }

    @Test
    void aFixedPortInUseFailsAtOnce() {
        PlatformOptions fixed = PlatformOptions.local(Path.of("."), null);

        assertThatThrownBy(() -> StartAttempts.onTheirPorts(fixed, ports -> {
                    tried.add(ports);
                    throw new PortInUse("gateway could not bind port 8080: another process holds it");
                }))
                .isInstanceOf(PortInUse.class)
                .hasMessage("gateway could not bind port 8080: another process holds it");
        assertThat(tried).hasSize(1);
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThatThrownBy(() -> StartAttempts.onTheirPorts(PlatformOptions.ephemeral(Path.of(".")), ports -> {
                    tried.add(ports);
                    throw new IllegalStateException("lead-service exited with 1");
                }))
                .hasMessage("lead-service exited with 1");
        assertThat(tried).hasSize(1);
    }
}
