package io.stageflow.kit.axon;

import com.mongodb.client.MongoClient;
import io.stageflow.events.EventJson;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Axon's event store and token store on MongoDB, wired by hand because the axon-mongo starter stops
 * at 4.10. No transactions: the Mongo-wire test server has none and every write here is a single
 * document, so correctness rests on unique indexes and idempotent handlers instead.
 */
@AutoConfiguration(after = MongoAutoConfiguration.class, before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(EventStoreProperties.class)
public class AxonMongoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TransactionManager axonTransactionManager() {
        return NoTransactionManager.INSTANCE;
    }

    /**
     * Stored events are read with the contract's own mapping, which tolerates fields added later, not
     * with the web layer's strict one: an event written by a newer version must still replay.
     */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(EventJson.mapper().copy())
                .revisionResolver(revisionResolver)
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    MongoTemplate axonMongoTemplate(MongoClient client, @Value("${stageflow.mongo.database}") String database) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, database).build();
    }

    @Bean
    @ConditionalOnMissingBean
    EventStorageEngine eventStorageEngine(
            MongoTemplate template,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            Serializer snapshotSerializer,
            TransactionManager transactionManager,
            EventStoreProperties properties) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(template)
                .storageStrategy(new DocumentPerEventStorageStrategy(
                        EventEntryConfiguration.getDefault(), properties.trackingLookBack()))
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .transactionManager(transactionManager)
                .build();
        // The unique (aggregate, sequence) index is what turns a concurrent append into a conflict.
        engine.ensureIndexes();
        return new AppendOrderedStorageEngine(engine);
    }

    @Bean
    @ConditionalOnMissingBean
    TokenStore tokenStore(MongoTemplate template, Serializer serializer, TransactionManager transactionManager) {
        return MongoTokenStore.builder()
                .mongoTemplate(template)
                .serializer(serializer)
                .transactionManager(transactionManager)
                .ensureIndexes(true)
                .build();
    }
}
