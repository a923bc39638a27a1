package io.stageflow.opportunity.query.list;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The list read model: its collection in the service's own database, and a pooled streaming
 * processor of its own over the service's event store, so that it replays from the first event
 * into an empty collection and never waits on (or holds up) the Kafka forwarder.
 */
@Configuration(proxyBeanMethods = false)
class OpportunityListConfiguration {
    // Large enough that a replay costs few round trips, small enough for one bulk write.
    private static final int BATCH_SIZE = 200;

    private final MongoCollection<Document> listings;

    OpportunityListConfiguration(MongoClient client, @Value("${stageflow.mongo.database}") String database) {
        this.listings = client.getDatabase(database).getCollection(ListingFields.COLLECTION);
    }

    @Bean
    OpportunityListStore opportunityListStore() {
        return new OpportunityListStore(listings);
    }

    @Bean
    OpportunityLists opportunityLists() {
        return new OpportunityLists(listings);
    }

    @Bean
    OpportunityListProjection opportunityListProjection(OpportunityListStore opportunityListStore) {
        return new OpportunityListProjection(opportunityListStore);
    }

    @Bean
    ConfigurerModule opportunityListProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(
                        OpportunityListProjection.PROCESSING_GROUP,
                        config -> config.eventStore(),
                        // One segment until measured otherwise; listings of different
                        // opportunities never conflict, so more would only need more threads.
                        (config, builder) -> builder.batchSize(BATCH_SIZE).initialSegmentCount(1))
                // A failed write must fail the batch for a retry, never be logged and skipped.
                .registerListenerInvocationErrorHandler(
                        OpportunityListProjection.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance()));
    }
}
