package io.stageflow.platform;

import io.stageflow.localinfra.FreePorts;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How to run the local platform.
 *
 * @param repoRoot where the modules' {@code target/*.jar} files are
 * @param dataDir Kafka log, Mongo store and service logs; null means throw-away temp dirs
 * @param kafkaPort 0 picks a free port, as do the other ports
 * @param servicePorts HTTP port per service
 * @param managementPorts per service, its actuator (health, prometheus), apart from its API port
 * @param jvmOptions options for every service JVM
 * @param freePorts whether the service ports were picked free here, so that others can be picked when
 *     another process takes one before its service binds it; fixed ports are never changed
 */
public record PlatformOptions(
        Path repoRoot,
        Path dataDir,
        int kafkaPort,
        int mongoPort,
        Map<Service, Integer> servicePorts,
        Map<Service, Integer> managementPorts,
        List<String> jvmOptions,
        boolean freePorts) {

    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-Xmx384m", "-XX:MaxMetaspaceSize=192m", "-XX:+UseSerialGC", "-Xss512k");

    public PlatformOptions {
        servicePorts = Map.copyOf(servicePorts);
        managementPorts = Map.copyOf(managementPorts);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The fixed ports a person uses: gateway on 8080, the services behind it on 8081-8083, and each
     * one's actuator on the same port plus 1000 (9080-9083).
     */
    public static PlatformOptions local(Path repoRoot, Path dataDir) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        ports.put(Service.GATEWAY, 8080);
        ports.put(Service.LEAD, 8081);
        ports.put(Service.OPPORTUNITY, 8082);
        ports.put(Service.METRICS, 8083);
        Map<Service, Integer> managementPorts = new EnumMap<>(Service.class);
        ports.forEach((service, port) -> managementPorts.put(service, port + 1000));
        return new PlatformOptions(repoRoot, dataDir, 9092, 27017, ports, managementPorts, DEFAULT_JVM_OPTIONS, false);
    }

    /** Free ports everywhere and throw-away data: for tests that must not collide with anything. */
    public static PlatformOptions ephemeral(Path repoRoot) {
        return new PlatformOptions(repoRoot, null, 0, 0, Map.of(), Map.of(), DEFAULT_JVM_OPTIONS, true)
                .withFreshPorts();
    }

    /** The same options with newly picked free service ports: for a start that lost one of its ports. */
    public PlatformOptions withFreshPorts() {
        if (!freePorts) {
            throw new IllegalStateException("fixed ports are not changed: " + servicePorts);
        }
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        Map<Service, Integer> management = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, FreePorts.pick());
            management.put(service, FreePorts.pick());
        }
        return new PlatformOptions(repoRoot, dataDir, kafkaPort, mongoPort, ports, management, jvmOptions, true);
    }
}
