package io.stageflow.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class SharedTestInfraTest {

    @Test
    void everyCallerGetsTheSameRunningKafkaAndMongo() {
        String bootstrap = SharedTestInfra.kafkaBootstrapServers();

        assertThat(SharedTestInfra.kafkaBootstrapServers()).isEqualTo(bootstrap);
        assertThat(SharedTestInfra.kafka().bootstrapServers()).isEqualTo(bootstrap);
        assertThat(SharedTestInfra.kafka().isRunning()).isTrue();
        assertThat(SharedTestInfra.mongoConnectionString()).isEqualTo(SharedTestInfra.mongoConnectionString());
    }

    @Test
    void theSharedInfraServesClients() {
        KafkaScenarios.keyedRoundTrip(SharedTestInfra.kafkaBootstrapServers(), "shared-round-trip");

        try (MongoClient client = MongoClients.create(SharedTestInfra.mongoConnectionString())) {
            var collection = client.getDatabase("shared").getCollection("pings");
            collection.insertOne(new Document("_id", "ping"));
            assertThat(collection.countDocuments()).isEqualTo(1);
        }
    }
}
