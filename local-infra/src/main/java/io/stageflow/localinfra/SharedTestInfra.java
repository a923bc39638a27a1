package io.stageflow.localinfra;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Kafka and MongoDB shared by every integration test in a JVM, each started on first use
 * and stopped by a shutdown hook. In-process by default; with {@code -Dstageflow.infra=testcontainers}
 * and a reachable Docker daemon, real Kafka and MongoDB containers instead.
 */
public final class SharedTestInfra {

    public static final String MODE_PROPERTY = "stageflow.infra";
    public static final String CONTAINERS_MODE = "testcontainers";

    private static final Logger log = LoggerFactory.getLogger(SharedTestInfra.class);
    private static final Lazy<Boolean> containers = new Lazy<>(SharedTestInfra::decideContainers);
    private static final Lazy<LocalKafka> localKafka = new Lazy<>(() -> onShutdown(LocalKafka.start()));
    private static final Lazy<LocalMongo> localMongo = new Lazy<>(() -> onShutdown(LocalMongo.start()));
    // Lambdas, not method references: a method reference links Containers, and with it
    // Testcontainers, as soon as this class initialises, even when containers are never used.
    private static final Lazy<String> containerKafka = new Lazy<>(() -> Containers.startSharedKafka());
    private static final Lazy<String> containerMongo = new Lazy<>(() -> Containers.startSharedMongo());

    /** The stores started, to stop at exit. */
    private static final List<AutoCloseable> started = new CopyOnWriteArrayList<>();
    /** Whether something other than the JVM hook below stops them: {@link #stopAtExitWith}. */
    private static volatile boolean stoppedElsewhere;

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (!stoppedElsewhere) {
                                stopAll();
                            }
                        },
                        "stageflow-infra-stop"));
    }

    private SharedTestInfra() {}

    /**
     * Stops the stores with {@code registrar} instead of a JVM shutdown hook. JVM shutdown hooks all
     * run at once, so services still stopping found their stores gone and waited 30 s on them;
     * Spring's shutdown handlers run once its contexts are closed.
     */
    public static synchronized void stopAtExitWith(Consumer<Runnable> registrar) {
        if (!stoppedElsewhere) {
            stoppedElsewhere = true;
            registrar.accept(SharedTestInfra::stopAll);
        }
    }

    public static String kafkaBootstrapServers() {
        return usesContainers() ? containerKafka.get() : localKafka.get().bootstrapServers();
    }

    public static String mongoConnectionString() {
        return usesContainers() ? containerMongo.get() : localMongo.get().connectionString();
    }

    /** The in-process broker, for tests that stop and restart it; they bounce it for the whole JVM. */
    public static LocalKafka kafka() {
        requireInProcess();
        return localKafka.get();
    }

    public static LocalMongo mongo() {
        requireInProcess();
        return localMongo.get();
    }

    public static boolean usesContainers() {
        return containers.get();
    }

    private static void requireInProcess() {
        if (usesContainers()) {
            throw new IllegalStateException("Running on Testcontainers: no in-process broker or server to control");
        }
    }

    private static boolean decideContainers() {
        if (!CONTAINERS_MODE.equals(System.getProperty(MODE_PROPERTY))) {
            return false;
        }
        // Testcontainers types stay behind Containers so this class loads without them.
        if (!onClasspath("org.testcontainers.kafka.KafkaContainer")
                || !onClasspath("org.testcontainers.containers.MongoDBContainer")) {
            throw new IllegalStateException(MODE_PROPERTY + "=" + CONTAINERS_MODE
                    + " needs org.testcontainers:kafka and org.testcontainers:mongodb on the test classpath");
        }
        if (!Containers.dockerAvailable()) {
            log.warn(
                    "{}={} but Docker is not available: using in-process Kafka and Mongo",
                    MODE_PROPERTY,
                    CONTAINERS_MODE);
            return false;
        }
        return true;
    }

    private static boolean onClasspath(String className) {
        try {
            Class.forName(className, false, SharedTestInfra.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static <T extends AutoCloseable> T onShutdown(T resource) {
        started.add(resource);
        return resource;
    }

    private static void stopAll() {
        started.forEach(SharedTestInfra::closeQuietly);
        started.clear();
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            log.warn("Could not stop {} cleanly", resource, e);
        }
    }
}
