package io.stageflow.localinfra;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void supportsTheOperationsTheReadModelsUse() {
        try (LocalMongo mongo = LocalMongo.start();
                MongoClient client = MongoClients.create(mongo.connectionString())) {
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

    @Test
    void theFileBackedStoreKeepsDocumentsAndIndexesAcrossRestarts() {
        try (LocalMongo mongo = LocalMongo.start(dataDir, 0)) {
            String url = mongo.connectionString();
            try (MongoClient client = MongoClients.create(url)) {
                MongoScenarios.storeCellsWithAndWithoutIndexes(client.getDatabase("metrics"));
            }
            withCollection(url, events -> {
                events.createIndex(Indexes.ascending("ceId"), new IndexOptions().unique(true));
                events.insertOne(new Document("ceId", "e-1").append("stage", "qualify"));
            });

            mongo.restart();

            assertThat(mongo.connectionString()).isEqualTo(url);
            withCollection(url, events -> {
                assertThat(events.find(eq("ceId", "e-1")).first()).containsEntry("stage", "qualify");
                assertThatThrownBy(() -> events.insertOne(new Document("ceId", "e-1")))
                        .isInstanceOf(MongoWriteException.class);
                events.insertOne(new Document("ceId", "e-2"));
            });
        }

        try (LocalMongo reopened = LocalMongo.start(dataDir, 0);
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            withCollection(reopened.connectionString(), events -> assertThat(events.countDocuments())
                    .isEqualTo(2));
            MongoScenarios.conditionalUpdatesByIdCheckEveryCondition(client.getDatabase("metrics"));
            MongoScenarios.compoundIndexQueriesFindWhatAScanFinds(client.getDatabase("metrics"));
        }
    }

    @Test
    void withoutADataDirNothingSurvivesARestart() {
        try (LocalMongo mongo = LocalMongo.start()) {
            withCollection(mongo.connectionString(), events -> events.insertOne(new Document("ceId", "e-1")));

            mongo.restart();

            withCollection(mongo.connectionString(), events -> assertThat(events.countDocuments())
                    .isZero());
        }
    }

    @Test
    void anInterruptionCutsClientsOffAndKeepsEvenAnInMemoryStore() {
        try (LocalMongo mongo = LocalMongo.start();
                MongoClient client = MongoClients.create(MongoClientSettings.builder()
                        .applyConnectionString(new ConnectionString(mongo.connectionString()))
                        .applyToClusterSettings(c -> c.serverSelectionTimeout(2, TimeUnit.SECONDS))
                        .build())) {
            MongoCollection<Document> events = client.getDatabase("stageflow").getCollection("events");
            events.insertOne(new Document("ceId", "e-1"));

            mongo.interrupt();
            assertThat(mongo.isRunning()).isFalse();
            assertThatThrownBy(events::countDocuments).isInstanceOf(MongoException.class);
            mongo.resume();

            assertThat(events.find(eq("ceId", "e-1")).first()).isNotNull();
            events.insertOne(new Document("ceId", "e-2"));
            assertThat(events.countDocuments()).isEqualTo(2);
        }
    }

    private static void withCollection(String url, java.util.function.Consumer<MongoCollection<Document>> action) {
        try (MongoClient client = MongoClients.create(url)) {
            action.accept(client.getDatabase("stageflow").getCollection("events"));
        }
    }
}
