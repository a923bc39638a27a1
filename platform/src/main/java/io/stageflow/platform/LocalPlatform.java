package io.stageflow.platform;

import io.stageflow.events.Topics;
import io.stageflow.localinfra.LocalKafka;
import io.stageflow.localinfra.LocalMongo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform on one machine: the real Kafka broker and the Mongo-wire store in this JVM,
 * each service in a JVM of its own, configured exactly as they would be against a real cluster.
 */
public final class LocalPlatform implements AutoCloseable {
    /** Partitions per contract topic: more than one, so ordering and the consumer buffer are exercised. */
    public static final int PARTITIONS = 3;

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final LocalKafka kafka;
    private final LocalMongo mongo;
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private final PlatformOptions options;

    private LocalPlatform(PlatformOptions options, LocalKafka kafka, LocalMongo mongo) {
        this.options = options;
        this.kafka = kafka;
        this.mongo = mongo;
    }

    public static LocalPlatform start(PlatformOptions options) {
        Map<Service, Path> jars = ServiceJars.locate(options.repoRoot());
        Path data = options.dataDir();
        Path logs = createDirectories(data == null ? tempDir() : data.resolve("logs"));
        LocalKafka kafka = LocalKafka.start(LocalKafka.Options.defaults()
                .withDataDir(data == null ? null : data.resolve("kafka"))
                .withPort(options.kafkaPort())
                .withDefaultPartitions(PARTITIONS)
                .withTopics(contractTopics()));
        LocalMongo mongo = LocalMongo.start(data == null ? null : data.resolve("mongo"), options.mongoPort());
        LocalPlatform platform = new LocalPlatform(options, kafka, mongo);
        try {
            for (Service service : Service.values()) {
                int port = options.servicePorts().get(service);
                platform.services.put(
                        service,
                        ServiceProcess.start(
                                service,
                                jars.get(service),
                                port,
                                service == Service.GATEWAY ? options.gatewayManagementPort() : port,
                                options.jvmOptions(),
                                platform.argumentsFor(service),
                                logs.resolve(service.module() + ".log")));
            }
            platform.awaitReady();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public String gatewayUrl() {
        return "http://localhost:" + options.servicePorts().get(Service.GATEWAY);
    }

    public String serviceUrl(Service service) {
        return "http://localhost:" + options.servicePorts().get(service);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    private List<String> argumentsFor(Service service) {
        List<String> args = new ArrayList<>();
        String gateway = gatewayUrl();
        if (service == Service.GATEWAY) {
            args.add("--spring.profiles.active=local");
            args.add("--stageflow.security.issuer=" + gateway);
            args.add("--stageflow.routes.lead-service=" + serviceUrl(Service.LEAD));
            args.add("--stageflow.routes.opportunity-service=" + serviceUrl(Service.OPPORTUNITY));
            args.add("--stageflow.routes.metrics-service=" + serviceUrl(Service.METRICS));
            args.add("--management.server.port=" + options.gatewayManagementPort());
            // One person and the demo loader (8 threads, one user) on this machine: the production
            // defaults (50 requests/s per user) would throttle the demo. docs/gateway.md, "Rate limits".
            args.add("--stageflow.rate-limits.user.replenish-rate=1000");
            args.add("--stageflow.rate-limits.user.burst-capacity=2000");
            args.add("--stageflow.rate-limits.tenant.replenish-rate=5000");
            args.add("--stageflow.rate-limits.tenant.burst-capacity=10000");
        } else {
            args.add("--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
            args.add("--spring.data.mongodb.uri=" + mongo.connectionString());
            args.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + gateway);
            args.add("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + gateway + "/.well-known/jwks.json");
        }
        return args;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(services.values());
        while (!waiting.isEmpty()) {
            waiting.removeIf(ServiceProcess::isHealthy);
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ServiceProcess late = waiting.get(0);
                throw new IllegalStateException(late.service().module() + " not healthy after " + READY_TIMEOUT
                        + "; last lines of its log:\n" + late.tail());
            }
            sleep(Duration.ofMillis(250));
        }
    }

    @Override
    public void close() {
        // The gateway first, so nobody sends commands into half-stopped services; the stores last.
        List<ServiceProcess> stopping = new ArrayList<>(services.values());
        java.util.Collections.reverse(stopping);
        stopping.forEach(service -> service.stop(STOP_GRACE));
        services.clear();
        mongo.close();
        kafka.close();
    }

    /** Created up front so their partition count is ours, not the broker's default. */
    private static Map<String, Integer> contractTopics() {
        Map<String, Integer> topics = new java.util.HashMap<>();
        Topics.ALL.forEach(topic -> topics.put(topic, PARTITIONS));
        return topics;
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("stageflow-logs-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
