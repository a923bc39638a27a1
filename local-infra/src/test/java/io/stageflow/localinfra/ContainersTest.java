package io.stageflow.localinfra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The same scenarios against real Kafka and MongoDB; reported as skipped where Docker is missing. */
@Testcontainers(disabledWithoutDocker = true)
class ContainersTest {

    @Container
    static final KafkaContainer kafka = Containers.kafka();

    @Container
    static final MongoDBContainer mongo = Containers.mongo();

    @Test
    void kafkaRoundTripsKeyedRecords() {
        KafkaScenarios.keyedRoundTrip(kafka.getBootstrapServers(), "deals");
    }

    @Test
    void mongoSupportsTheOperationsTheReadModelsUse() {
        try (MongoClient client = MongoClients.create(mongo.getConnectionString())) {
            MongoDatabase db = client.getDatabase("metrics");
            MongoScenarios.crud(db);
            MongoScenarios.uniqueIndexRejectsDuplicates(db);
            MongoScenarios.bulkUpsertsAccumulate(db);
            MongoScenarios.aggregateSumsPerGroup(db);
            MongoScenarios.conditionalUpdatesByIdCheckEveryCondition(db);
            MongoScenarios.storeCellsWithAndWithoutIndexes(db);
            MongoScenarios.compoundIndexQueriesFindWhatAScanFinds(db);
            MongoScenarios.uniqueCompoundRangesFindWhatAScanFinds(db);
        }
    }
}
