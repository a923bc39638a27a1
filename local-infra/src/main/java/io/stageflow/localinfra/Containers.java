package io.stageflow.localinfra;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Real Kafka and MongoDB in Docker for machines that have it. Only touched when asked for, so
 * Testcontainers stays an optional dependency that consuming modules add in test scope.
 */
public final class Containers {

    public static final String KAFKA_IMAGE = "apache/kafka-native:3.9.1";
    public static final String MONGO_IMAGE = "mongo:7.0";

    private Containers() {}

    public static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** Same semantics as {@link LocalKafka}: three partitions for auto-created topics, kept forever. */
    public static KafkaContainer kafka() {
        return new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_LOG_RETENTION_MS", "-1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
    }

    public static MongoDBContainer mongo() {
        return new MongoDBContainer(MONGO_IMAGE);
    }

    static String startSharedKafka() {
        return startUntilShutdown(kafka()).getBootstrapServers();
    }

    // Without a database path, like LocalMongo's, so callers append "/<db>" the same way in both modes.
    static String startSharedMongo() {
        return startUntilShutdown(mongo()).getConnectionString();
    }

    private static <C extends GenericContainer<?>> C startUntilShutdown(C container) {
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stageflow-container-stop"));
        return container;
    }
}
