package io.stageflow.localinfra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import kafka.server.KafkaConfig;

final class BrokerSettings {

    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;
    // Committed offsets of an idle group would otherwise expire after 7 days; the local platform
    // may sit stopped for longer and must resume where it was, like the retained-forever log.
    private static final int TEN_YEARS_IN_MINUTES = 10 * 365 * 24 * 60;

    private BrokerSettings() {}

    static KafkaConfig of(Path dataDir, int port, int controllerPort, int defaultPartitions) {
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", NODE_ID);
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dataDir.toString());

        props.put("auto.create.topics.enable", true);
        props.put("num.partitions", defaultPartitions);
        props.put("default.replication.factor", 1);
        props.put("min.insync.replicas", 1);
        props.put("offsets.topic.replication.factor", (short) 1);
        props.put("transaction.state.log.replication.factor", (short) 1);
        props.put("transaction.state.log.min.isr", 1);
        // 50 partitions each by default: slow first group join and dozens of idle files locally.
        props.put("offsets.topic.num.partitions", 5);
        props.put("transaction.state.log.num.partitions", 5);
        props.put("log.retention.ms", -1L);
        props.put("offsets.retention.minutes", TEN_YEARS_IN_MINUTES);
        props.put("group.initial.rebalance.delay.ms", 0);
        props.put("auto.leader.rebalance.enable", false);

        // Shares two cores with four service JVMs: few threads, small cleaner buffer (default 128 MB).
        props.put("num.network.threads", 2);
        props.put("num.io.threads", 2);
        props.put("background.threads", 2);
        props.put("num.replica.fetchers", 1);
        props.put("num.recovery.threads.per.data.dir", 1);
        props.put("log.cleaner.threads", 1);
        props.put("log.cleaner.dedupe.buffer.size", 8L * 1024 * 1024);
        // Registration waits for a heartbeat; the 2 s default makes every start slower than needed.
        props.put("broker.heartbeat.interval.ms", 500);
        return new KafkaConfig(props, false);
    }
}
