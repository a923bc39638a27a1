package io.stageflow.localinfra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node KRaft broker (combined broker and controller) running in this JVM.
 *
 * <p>Give it a data directory of its own: Kafka treats a fatal storage fault, such as a foreign
 * subdirectory in its log dir, by halting the whole JVM, as it would a dedicated broker process.
 */
public final class LocalKafka implements AutoCloseable {

    /**
     * @param dataDir where the log and metadata live; null means a temp dir deleted on close
     * @param port the client port; 0 picks a free one (kept for restarts of this instance)
     * @param defaultPartitions partitions of auto-created topics
     * @param topics topics to create at start, name to partition count
     */
    public record Options(Path dataDir, int port, int defaultPartitions, Map<String, Integer> topics) {

        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            if (defaultPartitions < 1) {
                throw new IllegalArgumentException("defaultPartitions must be positive: " + defaultPartitions);
            }
            topics = topics == null ? Map.of() : Map.copyOf(topics);
        }

        public static Options defaults() {
            return new Options(null, 0, 3, Map.of());
        }

        public Options withDataDir(Path dir) {
            return new Options(dir, port, defaultPartitions, topics);
        }

        public Options withPort(int clientPort) {
            return new Options(dataDir, clientPort, defaultPartitions, topics);
        }

        public Options withDefaultPartitions(int partitions) {
            return new Options(dataDir, port, partitions, topics);
        }

        public Options withTopics(Map<String, Integer> nameToPartitions) {
            return new Options(dataDir, port, defaultPartitions, nameToPartitions);
        }
    }

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final KafkaConfig config;
    private final int port;
    private KafkaRaftServer server;

    private LocalKafka(Path dataDir, boolean ownsDataDir, int port, int defaultPartitions) {
        this.dataDir = dataDir.toAbsolutePath();
        this.ownsDataDir = ownsDataDir;
        this.port = port;
        this.config = BrokerSettings.of(this.dataDir, port, FreePorts.pick(), defaultPartitions);
    }

    public static LocalKafka start(Options options) {
        boolean temp = options.dataDir() == null;
        Path dir = temp ? TempDirs.create("stageflow-kafka-") : options.dataDir();
        int port = options.port() == 0 ? FreePorts.pick() : options.port();
        LocalKafka kafka = new LocalKafka(dir, temp, port, options.defaultPartitions());
        try {
            kafka.startServer();
            kafka.createTopics(options.topics());
            return kafka;
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    public static LocalKafka start() {
        return start(Options.defaults());
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Creates the topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(Map<String, Integer> nameToPartitions) {
        if (nameToPartitions.isEmpty()) {
            return;
        }
        List<NewTopic> topics = nameToPartitions.entrySet().stream()
                .map(e -> new NewTopic(e.getKey(), e.getValue(), (short) 1))
                .toList();
        try (Admin admin = Admin.create(adminProperties())) {
            for (var result : admin.createTopics(topics).values().entrySet()) {
                awaitCreated(result.getKey(), result.getValue());
            }
        }
    }

    /** Shuts the broker down cleanly; data, port and cluster id stay for {@link #restart()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
        }
    }

    /** Starts a stopped broker again (or bounces a running one) on the same data dir and port. */
    public synchronized void restart() {
        stop();
        startServer();
    }

    @Override
    public synchronized void close() {
        try {
            stop();
        } finally {
            if (ownsDataDir) {
                TempDirs.deleteRecursively(dataDir);
            }
        }
    }

    private synchronized void startServer() {
        try {
            KraftStorage.formatIfNeeded(config, dataDir);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage in " + dataDir, e);
        }
        KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            // Returns once the broker is registered and unfenced, so clients can use it right away.
            raftServer.startup();
        } catch (RuntimeException e) {
            raftServer.shutdown();
            raftServer.awaitShutdown();
            throw e;
        }
        server = raftServer;
    }

    private Properties adminProperties() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return props;
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> created) {
        try {
            created.get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        }
    }
}
