package io.stageflow.kit.test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.stageflow.localinfra.SharedTestInfra;
import java.util.UUID;

/**
 * Databases of their own on the shared MongoDB, for store tests that need no Spring context. One
 * client serves the whole JVM, closed when it ends like the shared infrastructure itself.
 */
public final class TestDatabases {
    private static MongoClient client;

    private TestDatabases() {}

    /** An empty database no other test uses. */
    public static MongoDatabase fresh(String prefix) {
        return client().getDatabase(prefix + "-" + UUID.randomUUID());
    }

    /** The JVM's client of the shared MongoDB, for code that takes a client and a database name. */
    public static synchronized MongoClient client() {
        if (client == null) {
            client = MongoClients.create(SharedTestInfra.mongoConnectionString());
            Runtime.getRuntime().addShutdownHook(new Thread(client::close, "test-databases-close"));
        }
        return client;
    }
}
