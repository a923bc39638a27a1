package io.stageflow.platform;

import io.stageflow.events.Topics;
import io.stageflow.localinfra.FreePorts;
import io.stageflow.localinfra.LocalKafka;
import io.stageflow.localinfra.LocalMongo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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
    private final Map<Service, Path> jars;
    private final Path logs;
    private final Map<Service, List<String>> serviceArguments;

    private LocalPlatform(
            PlatformOptions options,
            Map<Service, Path> jars,
            Path logs,
            LocalKafka kafka,
            LocalMongo mongo,
            Map<Service, List<String>> serviceArguments) {
        this.options = options;
        this.jars = jars;
        this.logs = logs;
        this.kafka = kafka;
        this.mongo = mongo;
        this.serviceArguments = Map.copyOf(serviceArguments);
    }

    /**
     * Starts the stores, then every service; on ports picked free, again on fresh ones while another
     * process takes a port before its service binds it ({@link StartAttempts}).
     */
    public static LocalPlatform start(PlatformOptions options) {
        return start(options, Map.of());
    }

    /**
     * As {@link #start(PlatformOptions)}, with {@code serviceArguments} after a service's usual
     * arguments (a later one wins): the benchmarks switch a reaction off this way.
     */
    public static LocalPlatform start(PlatformOptions options, Map<Service, List<String>> serviceArguments) {
        Map<Service, Path> jars = ServiceJars.locate(options.repoRoot());
        Path data = options.dataDir();
        Path logs = createDirectories(data == null ? tempDir() : data.resolve("logs"));
        LocalKafka kafka = LocalKafka.start(LocalKafka.Options.defaults()
                .withDataDir(data == null ? null : data.resolve("kafka"))
                .withPort(options.kafkaPort())
                .withDefaultPartitions(PARTITIONS)
                .withTopics(contractTopics()));
        LocalMongo mongo = LocalMongo.start(data == null ? null : data.resolve("mongo"), options.mongoPort());
        try {
            return StartAttempts.onTheirPorts(
                    options,
                    ports -> new LocalPlatform(ports, jars, logs, kafka, mongo, serviceArguments).startServices());
        } catch (RuntimeException e) {
            mongo.close();
            kafka.close();
            throw e;
        }
    }

    private LocalPlatform startServices() {
        try {
            for (Service service : Service.values()) {
                services.put(service, launch(service, serviceArguments.getOrDefault(service, List.of())));
            }
            awaitReady(services.values());
            return this;
        } catch (RuntimeException e) {
            stopServices();
            throw e;
        }
    }

    private ServiceProcess launch(Service service, List<String> extraArgs) {
        List<String> args = new ArrayList<>(argumentsFor(service));
        args.addAll(extraArgs);
        return ServiceProcess.start(
                service,
                jars.get(service),
                options.servicePorts().get(service),
                options.managementPorts().get(service),
                options.jvmOptions(),
                args,
                logs.resolve(service.module() + ".log"));
    }

    /**
     * Stops one service as Kubernetes does: SIGTERM, and SIGKILL after the grace period.
     *
     * @return whether it shut down by itself within the grace period
     */
    boolean stop(Service service) {
        return services.remove(service).stop(STOP_GRACE);
    }

    /** Kills one service at once (SIGKILL): no shutdown hook runs, no batch finishes. */
    void kill(Service service) {
        services.remove(service).kill();
    }

    /**
     * Starts a stopped or killed service again on its ports, with {@code extraArgs} after the usual
     * ones (a later argument wins); healthy when this returns.
     */
    void start(Service service, List<String> extraArgs) {
        if (services.containsKey(service)) {
            throw new IllegalStateException(service.module() + " is running");
        }
        ServiceProcess started = launch(service, extraArgs);
        services.put(service, started);
        awaitReady(List.of(started));
    }

    public String gatewayUrl() {
        return "http://localhost:" + options.servicePorts().get(Service.GATEWAY);
    }

    public String serviceUrl(Service service) {
        return "http://localhost:" + options.servicePorts().get(service);
    }

    /** Where a service's actuator answers: its management port, which the gateway does not route to. */
    public String managementUrl(Service service) {
        return "http://localhost:" + options.managementPorts().get(service);
    }

    /** The process id of a service's JVM: for {@code jcmd}, as the benchmarks' heap figure needs. */
    public long pid(Service service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new IllegalStateException(service.module() + " is not running");
        }
        return process.pid();
    }

    /** The in-process database, for tests that take it away and bring it back. */
    LocalMongo mongo() {
        return mongo;
    }

    /** A thread dump of every service into its log: for a test that sees a request hang. */
    void dumpThreads() {
        services.values().forEach(ServiceProcess::dumpThreads);
    }

    /** Whether every service answers its health check now (on its management port). */
    public boolean isHealthy() {
        return services.values().stream().allMatch(ServiceProcess::isHealthy);
    }

    /** The in-process broker, for tests that take it away and bring it back. */
    LocalKafka kafka() {
        return kafka;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    /**
     * Another gateway in front of the same services, started as a production replica is: without
     * the local profile, trusting the platform gateway's tokens through OIDC discovery at its issuer
     * URI, plus {@code args} (other rate limits, say). Healthy when this returns; the caller stops it.
     */
    ServiceProcess startGatewayReplica(String name, int port, int managementPort, List<String> args) {
        List<String> replicaArgs = new ArrayList<>(routeArguments());
        replicaArgs.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + gatewayUrl());
        replicaArgs.addAll(args);
        return startInstance(Service.GATEWAY, name, port, managementPort, replicaArgs);
    }

    /**
     * A second instance of a backend service beside the running one, on free ports, sharing its broker
     * and store, with the usual arguments plus {@code args}: a replica as Kubernetes would add it. The
     * benchmarks measure what one more metrics service does to ingestion. Healthy when this returns.
     */
    public Replica startReplica(Service service, String name, List<String> args) {
        if (service == Service.GATEWAY) {
            throw new IllegalArgumentException("a gateway replica is started with startGatewayReplica");
        }
        List<String> replicaArgs = new ArrayList<>(argumentsFor(service));
        replicaArgs.addAll(serviceArguments.getOrDefault(service, List.of()));
        replicaArgs.addAll(args);
        return new Replica(startInstance(service, name, FreePorts.pick(), FreePorts.pick(), replicaArgs));
    }

    /** A running replica of a service; closing it stops it as Kubernetes does (SIGTERM, then SIGKILL). */
    public static final class Replica implements AutoCloseable {
        private final ServiceProcess process;

        private Replica(ServiceProcess process) {
            this.process = process;
        }

        public long pid() {
            return process.pid();
        }

        public String managementUrl() {
            return "http://localhost:" + process.managementPort();
        }

        @Override
        public void close() {
            process.stop(STOP_GRACE);
        }
    }

    private ServiceProcess startInstance(
            Service service, String name, int port, int managementPort, List<String> args) {
        ServiceProcess instance = ServiceProcess.start(
                service,
                jars.get(service),
                port,
                managementPort,
                options.jvmOptions(),
                args,
                logs.resolve(name + ".log"));
        try {
            awaitReady(List.of(instance));
        } catch (RuntimeException e) {
            instance.stop(STOP_GRACE);
            throw e;
        }
        return instance;
    }

    private List<String> routeArguments() {
        return List.of(
                "--stageflow.routes.lead-service=" + serviceUrl(Service.LEAD),
                "--stageflow.routes.opportunity-service=" + serviceUrl(Service.OPPORTUNITY),
                "--stageflow.routes.metrics-service=" + serviceUrl(Service.METRICS));
    }

    private List<String> argumentsFor(Service service) {
        List<String> args = new ArrayList<>();
        String gateway = gatewayUrl();
        if (service == Service.GATEWAY) {
            args.add("--spring.profiles.active=local");
            args.add("--stageflow.security.issuer=" + gateway);
            args.addAll(routeArguments());
            // One person and the demo loader (8 threads, one user) on this machine: the production
            // defaults (50 requests/s per user) would throttle the demo. docs/gateway.md, "Rate limits".
            args.add("--stageflow.rate-limits.user.replenish-rate=1000");
            args.add("--stageflow.rate-limits.user.burst-capacity=2000");
            args.add("--stageflow.rate-limits.tenant.replenish-rate=5000");
            args.add("--stageflow.rate-limits.tenant.burst-capacity=10000");
        } else {
            args.add("--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
            args.add("--spring.data.mongodb.uri=" + mongo.connectionString());
            // As behind any identity provider: discovery at the issuer (the gateway, locally) finds the keys.
            args.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + gateway);
        }
        return args;
    }

    private static void awaitReady(Collection<ServiceProcess> starting) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(starting);
        while (!waiting.isEmpty()) {
            waiting.removeIf(ServiceProcess::isHealthy);
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ServiceProcess late = waiting.get(0);
                throw new IllegalStateException(late.service().module() + " not healthy after " + READY_TIMEOUT
                        + "; its management port " + late.managementPort() + " last said: " + late.lastAnswer()
                        + "\nlast lines of its log:\n" + late.tail());
            }
            sleep(Duration.ofMillis(250));
        }
    }

    @Override
    public void close() {
        stopServices();
        mongo.close();
        kafka.close();
    }

    private void stopServices() {
        // The gateway first, so nobody sends commands into half-stopped services.
        List<ServiceProcess> stopping = new ArrayList<>(services.values());
        java.util.Collections.reverse(stopping);
        stopping.forEach(service -> service.stop(STOP_GRACE));
        services.clear();
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
